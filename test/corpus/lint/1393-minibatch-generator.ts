// Mini-batch pipeline for a small regression model: shuffled centred batches from a generator, decayed lag features, gradients and deferred epoch reports.
import { array, zeros, NDArray } from "ndalias";

function shuffledOrder(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let s = seed + 1;
  for (let i = n - 1; i > 0; i--) {
    s = (s * 16807) % 2147483647;
    const j = s % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

function* centredBatches(x: NDArray, order: number[], batchSize: number): Generator<NDArray> {
  for (let start = 0; start < order.length; start += batchSize) {
    const batch = x.take(order.slice(start, start + batchSize), 0);
    batch.isub(batch.mean());
    yield batch;
  }
}

function laggedFeatures(series: NDArray, lags: number[], decay: number): NDArray[] {
  const out: NDArray[] = [];
  for (const lag of lags) {
    const idx = Array.from({ length: series.size }, (_, i) => Math.max(0, i - lag));
    const shifted = series.take(idx);
    shifted.imul(decay ** lag);
    out.push(shifted);
  }
  return out;
}

function gradient(y: NDArray, yhat: NDArray): NDArray {
  const grad = yhat.sub(y).imul(2 / y.size);
  return grad;
}

function predict(x: NDArray, w: NDArray): NDArray {
  const yhat = zeros(x.shape[0]);
  for (let r = 0; r < x.shape[0]; r++) {
    yhat.set(r, x.slice(r).mul(w).sum());
  }
  return yhat;
}

const X = array([
  [1.0, 0.5],
  [2.0, 0.1],
  [3.0, 0.9],
  [4.0, 0.3],
  [5.0, 0.7],
  [6.0, 0.2],
]);
const y = array([1.4, 2.1, 3.8, 4.2, 5.6, 6.1]);
const W = array([0.9, 0.4]);

const pending: Array<() => void> = [];
const epochBatchPeaks = new Map<number, NDArray>();

for (let epoch = 0; epoch < 3; epoch++) {
  const peaks: number[] = [];
  for (const b of centredBatches(X, shuffledOrder(X.shape[0], epoch), 2)) {
    peaks.push(b.max());
  }
  const stats = array(peaks);
  stats.imul(1000);
  epochBatchPeaks.set(epoch, stats);

  const grad = gradient(y, predict(X, W));
  const decayed = W.copy();
  decayed.imul(0.9);
  pending.push(() => console.log(`epoch ${epoch}: |grad| ${grad.mul(grad).sum().toFixed(4)}, decayed weights`, decayed.tolist()));
}

const lagged = laggedFeatures(y, [1, 2], 0.8);
const halved = lagged.map((f) => f.copy().imul(0.5));

const target = y.copy();
if (target.max() > 6) {
  target.set(target.size - 1, 6);
}
const left = y.copy();
const right = y.copy();
left.fill(0);
right.iadd(1);

for (const report of pending) report();
console.log("batch peaks per epoch:", [...epochBatchPeaks.entries()].map(([e, s]) => [e, s.tolist()]));
console.log("lag features:", lagged.map((f) => f.tolist()), "halved:", halved.map((f) => f.tolist()));
console.log("clipped target:", target.tolist(), "left:", left.tolist(), "right:", right.tolist());
