// SGD with momentum and weight decay for a small linear regressor, logging the last applied update and weight snapshots.
import { array, zeros, NDArray } from "ndalias";

export class MomentumSGD {
  weights: NDArray;
  velocity: NDArray;
  lastUpdate: NDArray | null = null;
  normalizedSnapshot: NDArray | null = null;

  constructor(
    initial: NDArray,
    readonly lr: number,
    readonly momentum: number,
    readonly decay: number,
  ) {
    this.weights = initial.copy();
    this.velocity = zeros(initial.size);
  }

  step(grad: NDArray): void {
    const regularized = grad.add(this.weights.mul(this.decay));
    this.velocity.mul(this.momentum).iadd(regularized); // expect: no-lost-write
    const update = this.velocity.mul(this.lr);
    update.iadd(regularized.mul(this.lr));
    this.weights.isub(update);
    this.lastUpdate = update;
  }

  resetVelocity(): void {
    this.velocity.fill(0);
  }

  snapshot(): void {
    const snap = this.weights.copy();
    const peak = Math.max(Math.abs(this.weights.max()), Math.abs(this.weights.min()), 1e-12);
    snap.idiv(peak);
    this.normalizedSnapshot = snap;
  }

  decayedCopy(factor: number): NDArray {
    const w = this.weights.copy();
    w.imul(factor);
    return w;
  }

  describe(): string {
    const u = this.lastUpdate;
    const s = this.normalizedSnapshot;
    const updateNorm = u ? Math.sqrt(u.mul(u).sum()).toFixed(5) : "n/a";
    const shape = s ? JSON.stringify(s.tolist()) : "n/a";
    return `|update| = ${updateNorm}, normalised weights = ${shape}`;
  }
}

function predict(X: NDArray, w: NDArray): NDArray {
  const rows = X.shape[0];
  const out = zeros(rows);
  for (let i = 0; i < rows; i++) {
    out.set(i, X.slice(i).mul(w).sum());
  }
  return out;
}

function gradient(X: NDArray, y: NDArray, w: NDArray): NDArray {
  const rows = X.shape[0];
  const err = predict(X, w).sub(y);
  const g = zeros(w.size);
  for (let i = 0; i < rows; i++) {
    g.iadd(X.slice(i).mul(err.get(i) as number));
  }
  g.idiv(rows);
  return g;
}

const X = array([
  [1, 0.5],
  [0.2, 1],
  [1, 1],
  [0.7, 0.3],
]);
const y = array([1.2, 0.9, 1.9, 0.8]);

const opt = new MomentumSGD(zeros(2), 0.1, 0.9, 0.01);
for (let epoch = 0; epoch < 20; epoch++) {
  opt.step(gradient(X, y, opt.weights));
  if (epoch % 5 === 4) {
    opt.snapshot();
    console.log(`epoch ${epoch + 1}:`, opt.describe());
  }
  if (epoch === 10) opt.resetVelocity();
}

const residual = predict(X, opt.weights).sub(y);
console.log("weights:", opt.weights.tolist(), "mse:", residual.mul(residual).mean().toFixed(5));
console.log("weights after decay x0.5:", opt.decayedCopy(0.5).tolist());
