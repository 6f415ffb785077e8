// Runs guarded SGD steps on a linear model over a learning-rate schedule, rolling back diverged steps, and prints weights and losses.
// runnable
import { array, zeros, NDArray } from "ndalias";

const X = array([
  [1, 2],
  [2, 1],
  [3, 4],
  [4, 3],
]);
const y = array([5, 4, 11, 10]);
const weights = zeros(2);
const history: number[] = [];
let rollbacks = 0;

function predict(w: NDArray, x: NDArray): NDArray {
  const out = zeros(x.shape[0]);
  for (let i = 0; i < x.shape[0]; i++) {
    out.set(i, x.slice(i).mul(w).sum());
  }
  return out;
}

function gradient(w: NDArray): NDArray {
  const residual = predict(w, X).sub(y);
  const grad = zeros(w.size);
  for (let j = 0; j < w.size; j++) {
    grad.set(j, X.slice(":", j).mul(residual).mean() * 2);
  }
  return grad;
}

function lossOf(w: NDArray): number {
  const r = predict(w, X).sub(y);
  return r.mul(r).mean();
}

function step(lr: number): number {
  const snapshot = weights.copy();
  let loss = Number.NaN;
  try {
    const g = gradient(weights);
    weights.isub(g.mul(lr));
    loss = lossOf(weights);
    if (!Number.isFinite(loss)) {
      throw new RangeError(`loss diverged at lr=${lr}`);
    }
    return loss;
  } catch (err) {
    rollbacks++;
    const restored = weights.copy();
    restored.assign(":", snapshot); // expect: no-lost-write
    console.warn("rolled back:", (err as Error).message);
    return lossOf(snapshot);
  } finally {
    history.push(loss);
  }
}

function formatWeights(w: NDArray, digits = 3): string {
  const shown = w;
  const scale = 10 ** digits;
  for (let i = 0; i < shown.size; i++) {
    shown.data[i] = Math.round(shown.get(i) * scale) / scale; // expect: no-alias-mutation
  }
  return JSON.stringify(shown.tolist());
}

function describeLoss(loss: number): string {
  if (Number.isNaN(loss)) return "nan";
  if (!Number.isFinite(loss)) return "inf";
  return loss.toFixed(4);
}

const schedule = [0.01, 0.01, 0.02, 1e155, 0.01];
let best = Infinity;
let bestWeights = weights.copy();

for (const [epoch, lr] of schedule.entries()) {
  const loss = step(lr);
  if (loss < best) {
    best = loss;
    bestWeights = weights.copy();
  }
  console.log(`epoch ${epoch} lr=${lr} loss=${describeLoss(loss)}`);
  if (epoch === 1) {
    console.log("weights after warm-up:", formatWeights(weights));
  }
}

console.log("rollbacks:", rollbacks, "best loss:", describeLoss(best));
console.log("best weights:", bestWeights.tolist());
console.log("final weights:", weights.tolist());
console.log("loss history:", history.map(describeLoss).join(", "));
