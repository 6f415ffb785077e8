// Stress copies report: builds shocked, ranked and rounded working copies of a portfolio, reads every one back and prints the report.
// runnable
import { array, zeros, empty, NDArray } from "ndalias";

const notionals = array([250, 120, 80, 400, 60, 310]);
const betas = array([1.1, 0.7, 1.8, 0.95, 2.4, 0.5]);
const sectors = ["tech", "util", "bio", "fin", "crypto", "staples"];
const regimes = ["calm", "selloff", "squeeze", "halt"];

function shockedCopy(x: NDArray, pct: number): NDArray {
  const out = x.mul(1);
  out.imul(1 + pct);
  return out;
}

const debugBuffer = empty(notionals.size);
debugBuffer.fill(0);

const byRegime = new Map<string, number>();
for (const regime of regimes) {
  let pct = 0;
  switch (regime) {
    case "calm":
      pct = -0.01;
      break;
    case "selloff":
      pct = -0.12;
      break;
    case "squeeze":
      pct = 0.2;
      break;
    default:
      continue;
  }
  const shocked = shockedCopy(notionals, pct);
  const betaAdj = shocked.mul(betas);
  betaAdj.isub(notionals.mul(betas));
  byRegime.set(regime, betaAdj.sum());
}

const ranked = notionals.flatten();
ranked.sort();
const largest: number = ranked.get(ranked.size - 1);
const median: number = ranked.get(Math.floor(ranked.size / 2));

const highBeta: number[] = [];
for (let i = 0; i < betas.size; i++) {
  if ((betas.get(i) as number) > 1.5) highBeta.push(i);
}
const hbNotional = notionals.take(highBeta);
hbNotional.imul(1.5);
const hbStress = hbNotional.sum();

const rounded = betas.astype("int32");
rounded.iadd(1);
const betaBuckets = rounded.tolist();

notionals.imul(1.02);
const accrued = notionals;
const accruedTotal = accrued.sum();

const limits = zeros(sectors.length);
limits.fill(500);
limits.set(sectors.indexOf("crypto"), 50);

const breaches: string[] = [];
scan: for (let i = 0; i < sectors.length; i++) {
  const n: number = notionals.get(i);
  if (n <= (limits.get(i) as number)) continue;
  for (const b of breaches) {
    if (b === sectors[i]) continue scan;
  }
  breaches.push(sectors[i]);
}

let ratio = 0;
try {
  ratio = hbStress / accruedTotal;
  if (ratio > 1) throw new RangeError(`high-beta stress ratio ${ratio}`);
} catch (err) {
  console.error((err as Error).message);
  ratio = 1;
} finally {
  console.log("regimes evaluated:", byRegime.size);
}

const verdict = (breaches.length > 0 && ratio > 0.3) || largest > 1000 ? "escalate" : "pass";
for (const [regime, pnl] of byRegime) console.log(`${regime.padEnd(8)} beta-adjusted pnl ${pnl.toFixed(2)}`);
console.log("largest:", largest, "median:", median, "high-beta stress:", hbStress.toFixed(1));
console.log("beta buckets:", betaBuckets, "accrued total:", accruedTotal.toFixed(2));
console.log("breaches:", breaches.join(", ") || "none", "verdict:", verdict);
console.log("limits:", limits.tolist());
