// Contagion propagation: iterates default losses through an interbank exposure grid with double buffers and prints the final loss state.
import { array, zeros, NDArray } from "ndalias";

const banks = ["alpha", "beta", "gamma", "delta", "omega"];
const exposure = array([
  [0.0, 0.3, 0.1, 0.0, 0.2],
  [0.1, 0.0, 0.4, 0.2, 0.0],
  [0.0, 0.2, 0.0, 0.3, 0.1],
  [0.3, 0.0, 0.1, 0.0, 0.4],
  [0.2, 0.1, 0.0, 0.1, 0.0],
]);
const capital = array([1.0, 0.8, 0.6, 1.2, 0.5]);
const initialShock = array([0.0, 0.0, 0.7, 0.0, 0.0]);
const maxRounds = 25;
const tol = 1e-6;
const recovery = (process.env.RECOVERY ?? "base") as string;

let lgd = 0.6;
switch (recovery) {
  case "high":
    lgd = 0.4;
    break;
  case "low":
    lgd = 0.85;
    break;
  case "base":
    break;
  default:
    console.warn("unknown recovery regime", recovery);
}

let current = zeros(banks.length);
let next = zeros(banks.length);
current.assign(":", initialShock);

let rounds = 0;
let converged = false;
propagate: for (let r = 0; r < maxRounds; r++) {
  rounds++;
  for (let j = 0; j < banks.length; j++) {
    let incoming = 0;
    for (let i = 0; i < banks.length; i++) {
      if (i === j) continue;
      const lossShare = Math.min(1, (current.get(i) as number) / (capital.get(i) as number));
      incoming += lossShare * (exposure.get(j, i) as number) * lgd;
    }
    next.set(j, Math.min(capital.get(j) as number, (initialShock.get(j) as number) + incoming));
  }
  const delta = next.sub(current);
  [current, next] = [next, current];
  for (let k = 0; k < delta.size; k++) {
    if (Math.abs(delta.get(k) as number) > tol) continue propagate;
  }
  converged = true;
  break;
}

let focus: NDArray = exposure.slice(2);
const gammaOutflow = focus.sum();
focus = zeros(banks.length);
focus.fill(gammaOutflow / banks.length);
focus.set(2, 0);

let ratios: NDArray = current;
ratios = ratios.div(capital);
ratios.imul(100);

const defaulted: string[] = [];
let systemicLoss = 0;
try {
  for (let i = 0; i < banks.length; i++) {
    const loss = current.get(i) as number;
    if (!Number.isFinite(loss)) throw new Error(`bad loss for ${banks[i]}`);
    systemicLoss += loss;
    if ((ratios.get(i) as number) >= 99.9) defaulted.push(banks[i]);
  }
} catch (err) {
  console.error("aggregation failed:", err);
  systemicLoss = Number.NaN;
} finally {
  next.fill(0);
}

const severity =
  defaulted.length >= 2 || (systemicLoss > 1.5 && !converged) ? "systemic" : defaulted.length === 1 ? "contained" : "benign";

console.log("rounds:", rounds, "converged:", converged, "lgd:", lgd);
console.log("final losses:", current.tolist());
console.log("loss as % of capital:", ratios.tolist());
console.log("defaulted:", defaulted.join(", ") || "none", "severity:", severity);
console.log("gamma outflow spread:", focus.tolist(), "systemic loss:", systemicLoss.toFixed(3));
console.log("exposure grid total:", exposure.sum().toFixed(2), "scratch:", next.sum());
