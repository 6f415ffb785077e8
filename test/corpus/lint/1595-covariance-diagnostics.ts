// Covariance diagnostics for three assets: per-asset row and column views with a variance floor, a correlation matrix in a copy, and in-place annualisation.
import { array, zeros, NDArray } from "ndalias";

const names = ["stocks", "bonds", "commods"];
const weekly = array([
  [0.021, -0.004, 0.012],
  [-0.015, 0.006, 0.003],
  [0.008, 0.002, -0.009],
  [0.027, -0.007, 0.018],
  [-0.011, 0.005, 0.001],
  [0.004, 0.0001, -0.006],
  [0.013, -0.002, 0.010],
]);
const VARIANCE_FLOOR = 2.5e-5;

function covariance(r: NDArray): NDArray {
  const [t, n] = r.shape;
  const centred = r.copy();
  for (let j = 0; j < n; j++) {
    const mu = centred.slice(":", j).mean();
    centred.slice(":", j).isub(mu);
  }
  const cov = zeros([n, n]);
  const cols = centred.T;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      cov.set([i, j], cols.slice(i).mul(cols.slice(j)).sum() / (t - 1));
    }
  }
  return cov;
}

function correlationOf(cov: NDArray): NDArray {
  const n = cov.shape[0];
  const corr = cov.copy();
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      corr.set([i, j], cov.get(i, j) / Math.sqrt(cov.get(i, i) * cov.get(j, j)));
    }
  }
  return corr;
}

function formatRow(a: NDArray): string {
  return (a.tolist() as number[])
    .map((v) => Number(v).toExponential(2).padStart(10))
    .join("");
}

const cov = covariance(weekly);

// --- symmetry check through the transposed view (read only) --------------------------------------
const covT = cov.T;
const asymmetry = covT.sub(cov);
console.log("max asymmetry:", Math.max(asymmetry.max(), -asymmetry.min()));

// --- per-asset report; variances below the floor are raised in place -----------------------------
for (let i = 0; i < cov.shape[0]; i++) {
  const row = cov.slice(i);
  const col = cov.slice(":", i);
  console.log(`${names[i].padEnd(8)} row sum ${row.sum().toExponential(2)}  largest exposure ${col.max().toExponential(2)}`);
  if (cov.get(i, i) < VARIANCE_FLOOR) {
    cov.set([i, i], VARIANCE_FLOOR);
  }
}

// --- correlation in a separate matrix ------------------------------------------------------------
const corr = correlationOf(cov);
console.log("correlation:");
for (let i = 0; i < corr.shape[0]; i++) {
  console.log(`  ${names[i].padEnd(8)}${formatRow(corr.slice(i))}`);
}

// --- weekly volatilities, then annualise in place ---------------------------------------------------
const weeklyVar = cov.diagonal();
const weeklyVol = zeros(weeklyVar.size);
for (let i = 0; i < weeklyVar.size; i++) {
  weeklyVol.set(i, Math.sqrt(weeklyVar.get(i)));
}
console.log("weekly vol:", formatRow(weeklyVol));

cov.imul(52);

const annualVar = cov.diagonal();
console.log("annual variance:", formatRow(annualVar));
console.log("annual covariance:");
for (let i = 0; i < cov.shape[0]; i++) {
  console.log(`  ${names[i].padEnd(8)}${formatRow(cov.slice(i))}`);
}

// --- equal-weight portfolio variance from the annualised matrix -------------------------------------
const w = array([1 / 3, 1 / 3, 1 / 3]);
let pv = 0;
for (let i = 0; i < w.size; i++) {
  pv += w.get(i) * cov.slice(i).mul(w).sum();
}
console.log("equal-weight annual vol:", Math.sqrt(pv).toFixed(4));
console.log("weekly vol of stocks (unchanged):", weeklyVol.get(0).toFixed(4));
