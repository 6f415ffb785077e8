// Sample covariance and correlation of daily asset returns, portfolio risk contributions, annualisation for the risk report and covariance shrinkage.
import { array, zeros, eye, NDArray } from "ndalias";

const assets = ["equity", "credit", "gold"];
const dailyReturns = array([
  [0.0104, -0.0021, 0.0032],
  [-0.0087, 0.0015, 0.0051],
  [0.0043, 0.0008, -0.0012],
  [0.0121, -0.0030, -0.0044],
  [-0.0019, 0.0022, 0.0067],
  [0.0065, -0.0005, 0.0009],
  [-0.0102, 0.0031, 0.0078],
  [0.0037, 0.0002, -0.0021],
]);

function columnMeans(r: NDArray): NDArray {
  const n = r.shape[1];
  const mu = zeros(n);
  for (let j = 0; j < n; j++) {
    mu.set(j, r.slice(":", j).mean());
  }
  return mu;
}

function sampleCov(r: NDArray): NDArray {
  const [t, n] = r.shape;
  const centred = r.sub(columnMeans(r));
  const cov = zeros([n, n]);
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const c = centred.slice(":", i).mul(centred.slice(":", j)).sum() / (t - 1);
      cov.set([i, j], c);
      cov.set([j, i], c);
    }
  }
  return cov;
}

function correlation(cov: NDArray): NDArray {
  const n = cov.shape[0];
  const corr = cov.copy();
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      corr.set([i, j], cov.get(i, j) / Math.sqrt(cov.get(i, i) * cov.get(j, j)));
    }
  }
  return corr;
}

function portfolioVariance(cov: NDArray, w: NDArray): number {
  let v = 0;
  for (let i = 0; i < w.size; i++) {
    v += w.get(i) * cov.slice(i).mul(w).sum();
  }
  return v;
}

function riskContributions(cov: NDArray, w: NDArray): NDArray {
  const rc = zeros(w.size);
  for (let i = 0; i < w.size; i++) {
    const row = cov.slice(i);
    rc.set(i, w.get(i) * row.mul(w).sum());
  }
  rc.idiv(rc.sum());
  return rc;
}

// Shrinks the covariance towards a scaled identity (constant-variance target).
function shrink(cov: NDArray, delta: number): NDArray {
  const n = cov.shape[0];
  const avgVar = cov.diagonal().mean();
  const target = eye(n).mul(avgVar);
  const shrunk = cov.mul(1 - delta);
  shrunk.iadd(target.mul(delta)); // expect: no-lost-write
  console.log(`shrinkage ${delta}: average variance ${avgVar.toExponential(3)}`);
  return cov;
}

function printMatrix(label: string, m: NDArray): void {
  console.log(label);
  for (let i = 0; i < m.shape[0]; i++) {
    const row = m.slice(i).tolist() as number[];
    const cells = row.map((v) => v.toExponential(2));
    console.log(`  ${assets[i].padEnd(7)} ${cells.join("  ")}`);
  }
}

// --- daily statistics ------------------------------------------------------------------
const cov = sampleCov(dailyReturns);
const corr = correlation(cov);
const weights = array([0.5, 0.3, 0.2]);

const equityRow = cov.slice(0);
const variances = cov.diagonal();
console.log("daily variances:", variances.tolist());
printMatrix("correlation:", corr);
console.log("risk contributions:", riskContributions(cov, weights).tolist());

// --- annualised figures for the risk report ------------------------------------------------
cov.imul(252); // expect: no-view-mutation
const annualVol = Math.sqrt(portfolioVariance(cov, weights));
console.log("annualised portfolio vol (%):", (annualVol * 100).toFixed(2));
printMatrix("annualised covariance:", cov);

console.log("equity daily covariances:", equityRow.tolist());

// --- shrinkage for the optimiser --------------------------------------------------------------
const forOptimiser = shrink(cov, 0.25);
console.log("optimiser input trace:", forOptimiser.diagonal().sum().toExponential(3));
