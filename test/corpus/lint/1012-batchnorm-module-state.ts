// A batch-normalisation layer ported from NumPy: module-level running statistics, train and inference passes, and an affine-weight penalty.
import { array, zeros, ones, NDArray } from "ndalias";

const FEATURES = 3;
const EPS = 1e-5;
const MOMENTUM = 0.1;

const runningMean = zeros(FEATURES);
const runningVar = ones(FEATURES);
// row 0: gamma, row 1: beta
const affine = zeros([2, FEATURES]);
affine.slice(0).fill(1);

function columnStats(batch: NDArray): { mean: NDArray; variance: NDArray } {
  const d = batch.shape[1];
  const mean = zeros(d);
  const variance = zeros(d);
  for (let j = 0; j < d; j++) {
    const col = batch.slice(":", j);
    const m = col.mean();
    const c = col.sub(m);
    mean.set(j, m);
    variance.set(j, c.mul(c).mean());
  }
  return { mean, variance };
}

function sqrtOf(x: NDArray): NDArray {
  const out = zeros(x.size);
  for (let i = 0; i < x.size; i++) {
    out.set(i, Math.sqrt(x.get(i)));
  }
  return out;
}

export function trainStep(batch: NDArray): NDArray {
  const { mean, variance } = columnStats(batch);
  // running_mean = (1 - m) * running_mean + m * mean, updated in place
  runningMean.imul(1 - MOMENTUM);
  runningMean.iadd(mean.mul(MOMENTUM));
  runningVar.imul(1 - MOMENTUM);
  runningVar.iadd(variance.mul(MOMENTUM));
  const y = batch.sub(mean);
  y.idiv(sqrtOf(variance.add(EPS)));
  y.imul(affine.slice(0));
  y.iadd(affine.slice(1));
  return y;
}

export function inferStep(batch: NDArray): NDArray {
  const denom = runningVar;
  denom.iadd(EPS); // expect: no-alias-mutation
  const y = batch.sub(runningMean).div(sqrtOf(denom));
  y.imul(affine.slice(0));
  y.iadd(affine.slice(1));
  return y;
}

export function decayedPenalty(decay: number): number {
  const gamma = affine.slice(0);
  gamma.imul(1 - decay); // expect: no-view-mutation
  return 0.5 * gamma.mul(gamma).sum();
}

export function resetBeta(): void {
  affine.slice(1).fill(0);
}

export function learnAffine(grad: NDArray, lr: number): void {
  affine.isub(grad.mul(lr));
}

const batches = [
  array([[1.0, 20, 0.3], [1.4, 22, 0.1], [0.8, 19, 0.4], [1.2, 25, 0.2]]),
  array([[1.1, 21, 0.2], [0.9, 18, 0.5], [1.5, 24, 0.3], [1.3, 23, 0.1]]),
  array([[1.0, 20, 0.4], [1.6, 26, 0.2], [0.7, 17, 0.3], [1.2, 22, 0.2]]),
];

for (const [step, batch] of batches.entries()) {
  const out = trainStep(batch);
  console.log(`step ${step}: output mean ${out.mean().toFixed(4)}, running mean`, runningMean.tolist());
  learnAffine(array([[0.01, -0.02, 0.005], [0.1, 0.0, -0.1]]), 0.5);
}

const evalBatch = array([[1.1, 21, 0.25], [0.95, 19, 0.35]]);
console.log("inference output:", inferStep(evalBatch).tolist());
console.log("penalty at decay 0.01:", decayedPenalty(0.01).toFixed(5));
resetBeta();
console.log("running variance:", runningVar.tolist());
console.log("affine parameters:", affine.tolist());
