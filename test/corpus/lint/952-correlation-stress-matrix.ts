// Builds a covariance matrix from vols and correlations, applies a correlation-breakdown stress and an overlay, and prints portfolio volatility.
import { array, zeros, NDArray } from "ndalias";

type StressKind = "breakdown" | "decoupling";
interface CorrelationStress<K extends StressKind = StressKind> {
  readonly kind: K;
  readonly pairs: ReadonlyArray<readonly [number, number]>;
  readonly target: number;
}

const vols = array([0.18, 0.06, 0.11, 0.24]);
const corr = array([
  [1.0, -0.3, 0.2, 0.6],
  [-0.3, 1.0, -0.1, -0.2],
  [0.2, -0.1, 1.0, 0.3],
  [0.6, -0.2, 0.3, 1.0],
]);

function covFrom(volatility: NDArray, correlation: NDArray): NDArray {
  const n = volatility.size;
  const cov = zeros([n, n]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      cov.set([i, j], correlation.get(i, j) * volatility.get(i) * volatility.get(j));
    }
  }
  return cov;
}

function stressed<K extends StressKind>(correlation: NDArray, { pairs, target, kind }: CorrelationStress<K>): NDArray {
  const out = correlation.copy();
  for (const [i, j] of pairs) {
    const value = kind === "breakdown" ? target : correlation.get(i, j) * target;
    out.set([i, j], value);
    out.set([j, i], value);
  }
  return out;
}

function portfolioVol(cov: NDArray, weights: NDArray): number {
  let v = 0;
  for (let i = 0; i < weights.size; i++) {
    for (let j = 0; j < weights.size; j++) v += weights.get(i) * cov.get(i, j) * weights.get(j);
  }
  return Math.sqrt(v);
}

function isSymmetric(m: NDArray, mT: NDArray, tol = 1e-12): boolean {
  const diff = m.sub(mT);
  const [rows = 0, cols = 0] = diff.shape;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (Math.abs(diff.get(i, j)) > tol) return false;
    }
  }
  return true;
}

const weights = array([0.4, 0.3, 0.2, 0.1]);
const overlayWeights = array([0.1, -0.1, 0.05, 0.0]);
const applyOverlay = process.argv.includes("--overlay");

const baseCov = covFrom(vols, corr);
console.log("base vol:", portfolioVol(baseCov, weights).toFixed(4));

const breakdown: CorrelationStress<"breakdown"> = { kind: "breakdown", pairs: [[0, 2], [0, 3], [2, 3]], target: 0.95 };
const stressedCov = covFrom(vols, stressed(corr, breakdown));
console.log("breakdown vol:", portfolioVol(stressedCov, weights).toFixed(4));

// Symmetry guard shared by the downstream optimiser.
const stressedCovT = stressedCov.T;
console.log("symmetric before manual bump:", isSymmetric(stressedCov, stressedCovT));

// Manual bump of the equity/credit covariance requested by the risk committee.
stressedCov.set([0, 2], stressedCov.get(0, 2) * 1.25); // expect: no-view-mutation
console.log("optimiser vol (transposed input):", portfolioVol(stressedCovT, weights).toFixed(4));

// Either stress the overlay or the core book, depending on the run mode.
const stressTarget = applyOverlay ? overlayWeights : weights;
stressTarget.imul(1.5); // expect: no-alias-mutation
console.log("stressed target weights:", stressTarget.tolist());
console.log("core book vol after stress:", portfolioVol(baseCov, weights).toFixed(4));

const decoupling: CorrelationStress<"decoupling"> = { kind: "decoupling", pairs: [[1, 3]], target: 0.0 };
const decoupledCov = covFrom(vols, stressed(corr, decoupling));
console.log("decoupled vol:", portfolioVol(decoupledCov, weights.copy()).toFixed(4));
