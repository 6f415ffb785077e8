// A small training-loop module: shuffled mini-batches from a generator, an epoch function returning the mean loss, and early-stopping checkpoints.
import { array, arange, zeros, NDArray } from "ndalias";

export class LinearModel {
  w: NDArray;
  b = 0;

  constructor(features: number) {
    this.w = zeros(features);
  }

  predict(x: NDArray): NDArray {
    const out = zeros(x.shape[0]);
    for (let i = 0; i < x.shape[0]; i++) {
      out.set(i, x.slice(i).mul(this.w).sum() + this.b);
    }
    return out;
  }

  applyGradient(gw: NDArray, gb: number, lr: number): void {
    this.w.isub(gw.mul(lr));
    this.b -= gb * lr;
  }
}

export function shuffleInPlace(idx: NDArray, seed: number): void {
  let s = seed;
  for (let i = idx.size - 1; i > 0; i--) {
    s = (s * 16807) % 2147483647;
    const j = s % (i + 1);
    const tmp = idx.get(j);
    idx.set(j, idx.get(i));
    idx.set(i, tmp);
  }
}

export function* miniBatches(x: NDArray, y: NDArray, size: number, seed: number): Generator<[NDArray, NDArray]> {
  const order = arange(x.shape[0]);
  shuffleInPlace(order, seed);
  const idx = order.tolist() as number[];
  for (let start = 0; start < idx.length; start += size) {
    const pick = idx.slice(start, start + size);
    yield [x.take(pick, 0), y.take(pick)];
  }
}

export function trainEpoch(model: LinearModel, x: NDArray, y: NDArray, lr: number, seed: number): number {
  let total = 0;
  let batches = 0;
  for (const [xb, yb] of miniBatches(x, y, 2, seed)) {
    const err = model.predict(xb).sub(yb);
    total += err.mul(err).mean();
    const gw = zeros(model.w.size);
    for (let i = 0; i < xb.shape[0]; i++) gw.iadd(xb.slice(i).mul(err.get(i)));
    gw.imul(2 / xb.shape[0]);
    model.applyGradient(gw, 2 * err.mean(), lr);
    batches++;
  }
  return total / batches;
}

export function fit(model: LinearModel, x: NDArray, y: NDArray, epochs: number): { best: NDArray; history: number[] } {
  let best = model.w.copy();
  let scratch = zeros(model.w.size);
  let bestLoss = Infinity;
  const history: number[] = [];
  for (let e = 0; e < epochs; e++) {
    const loss = trainEpoch(model, x, y, 0.02, e + 1);
    history.push(loss);
    scratch.assign(":", model.w);
    if (loss < bestLoss) {
      bestLoss = loss;
      [best, scratch] = [scratch, best];
    }
  }
  return { best, history };
}

const x = array([[0, 1], [1, 0], [1, 1], [2, 1], [0, 2], [3, 1]]);
const y = array([1, 2, 3, 5, 2, 7]);
const model = new LinearModel(2);
const initial = model.w.copy();

const { best, history } = fit(model, x, y, 6);
console.log("loss history:", history.map((l) => l.toFixed(3)).join(" "));
console.log("initial:", initial.tolist(), "best:", best.tolist(), "final:", model.w.tolist());

const residual = model.predict(x).sub(y);
residual.imul(residual);
console.log("squared residuals:", residual.tolist(), "inputs:", x.tolist());
