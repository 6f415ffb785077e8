// Correlation regime report: estimates asset correlations and annualised vols, classifies the regime and prints a vol-targeted allocation.
import { array, zeros, NDArray } from "ndalias";

const assets = ["spx", "ndx", "tlt", "gld"];
const rets = array([
  [0.011, 0.014, -0.004, 0.002],
  [-0.022, -0.027, 0.009, 0.006],
  [0.004, 0.006, -0.001, -0.003],
  [-0.031, -0.038, 0.012, 0.01],
  [0.017, 0.021, -0.006, 0.001],
  [0.002, 0.001, 0.003, 0.004],
]);
const n = assets.length;
const targetVol = 0.1;
const minObs = 5;

if (rets.shape[0] < minObs) throw new Error(`need ${minObs} observations`);

const centered = rets.copy();
const sd = zeros(n);
for (let j = 0; j < n; j++) {
  centered.slice(":", j).isub(rets.slice(":", j).mean());
  const col = centered.slice(":", j);
  sd.set(j, Math.sqrt(col.mul(col).mean()));
}

const corr = zeros([n, n]);
pairs: for (let i = 0; i < n; i++) {
  for (let j = 0; j < n; j++) {
    const denom = (sd.get(i) as number) * (sd.get(j) as number);
    if (denom === 0) {
      corr.set([i, j], i === j ? 1 : 0);
      continue;
    }
    if (j < i) {
      corr.set([i, j], corr.get(j, i) as number);
      continue;
    }
    const c = centered.slice(":", i).mul(centered.slice(":", j)).mean() / denom;
    if (!Number.isFinite(c)) break pairs;
    corr.set([i, j], c);
  }
}

const pooled = corr.reshape(n * n);
pooled.sort(); // expect: no-view-mutation
const medianCorr = ((pooled.get(n * n / 2 - 1) as number) + (pooled.get(n * n / 2) as number)) / 2;

let regime: string;
if (medianCorr > 0.6) regime = "crisis";
else if (medianCorr < 0.1) regime = "dispersion";
else regime = "normal";

let scaleDown = 1;
switch (regime) {
  case "crisis":
    scaleDown = 0.5;
    break;
  case "dispersion":
    scaleDown = 1.2;
    break;
  default:
    scaleDown = 1;
}

const vols = sd.mul(Math.sqrt(252));
let allocation: NDArray = vols;
try {
  if (vols.max() > 0.8) throw new RangeError("vol spike above 80%");
  allocation = vols.mul(0).add(targetVol).div(vols);
} catch (err) {
  console.warn("vol targeting fallback:", (err as Error).message);
  allocation.fill(1 / n); // expect: no-alias-mutation
} finally {
  console.log("annualised vols:", vols.tolist());
}

allocation = allocation.mul(scaleDown);
const gross = allocation.sum();
const weights = allocation.div(gross === 0 ? 1 : gross);

const hedgePair = [0, 2];
let pairCorr = 0;
try {
  pairCorr = corr.get(hedgePair[0], hedgePair[1]) as number;
} finally {
  console.log("regime:", regime, "median correlation:", medianCorr.toFixed(3));
}

console.log("spx/tlt correlation:", pairCorr.toFixed(3), pairCorr < -0.3 ? "hedge holds" : "hedge weak");
console.log("correlation matrix:", corr.tolist());
console.log("weights:", weights.tolist(), "scale:", scaleDown);
