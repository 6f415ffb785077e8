// Desk limit monitor: converts desk-by-factor exposures to base currency, flattens breached desks and prints factor utilisation.
import { array, zeros } from "ndalias";

const exposures = array([
  [1.2, -0.4, 0.8, 0.1],
  [0.3, 2.1, -1.5, 0.6],
  [-0.7, 0.2, 0.4, 1.9],
  [0.9, -1.1, 0.3, -0.2],
]);
const limits = array([2.5, 3.0, 2.0, 1.5]);
const fxToBase = array([1.0, 1.08, 0.92, 1.27]);
const desks = ["rates", "credit", "fx", "equity"];
const factors = ["ir", "spread", "ccy", "beta"];
const mode: string = process.env.LIMIT_MODE ?? "strict";

const localByFactor = exposures.T;
const localGross = localByFactor.sum();
console.log("local gross exposure:", localGross.toFixed(3));

exposures.imul(fxToBase); // expect: no-view-mutation

let tolerance = 1;
switch (mode) {
  case "strict":
    tolerance = 1;
    break;
  case "lenient":
    tolerance = 1.2;
    break;
  case "eod":
    tolerance = 1.05;
    break;
  default:
    throw new Error(`unknown limit mode ${mode}`);
}
limits.slice(":").imul(tolerance);

const breached: string[] = [];
const usage = zeros(desks.length);
desks: for (let d = 0; d < desks.length; d++) {
  const row = exposures.slice(d);
  let gross = 0;
  for (let f = 0; f < row.size; f++) {
    gross += Math.abs(row.get(f));
    if (gross > limits.get(d)) {
      breached.push(desks[d]);
      usage.set(d, gross / limits.get(d));
      row.fill(0); // expect: no-view-mutation
      continue desks;
    }
  }
  usage.set(d, gross / limits.get(d));
}

const utilisation = exposures.copy();
for (let f = 0; f < factors.length; f++) {
  const total = Math.abs(utilisation.slice(":", f).sum());
  if (total === 0) continue;
  utilisation.slice(":", f).idiv(total);
}

const worstFactor = { name: "", value: -Infinity };
for (let f = 0; f < factors.length; f++) {
  let v = 0;
  try {
    v = Math.abs(exposures.slice(":", f).sum());
  } catch (err) {
    console.error("factor", factors[f], "failed:", err);
    continue;
  } finally {
    if (f === factors.length - 1) console.log("factors scanned:", factors.length);
  }
  if (v > worstFactor.value) {
    worstFactor.value = v;
    worstFactor.name = factors[f];
  }
}

const headroom = limits.sub(usage.mul(limits));
const escalate = (breached.length > 1 && mode !== "lenient") || headroom.min() < 0;

console.log("breached desks:", breached.join(", ") || "none", "escalate:", escalate);
console.log("usage by desk:", usage.tolist());
console.log("utilisation share:", utilisation.tolist());
console.log("worst factor:", worstFactor.name, worstFactor.value.toFixed(3));
console.log("local-currency factor totals:", localByFactor.tolist());
console.log("base-currency exposures:", exposures.tolist());
