// Logistic-regression training with momentum: the heavy-ball optimiser updates its fields through their own paths and clips with a void helper, while the Nesterov variant takes its look-ahead point through an alias of the weights and clips with a norm-returning helper that rescales its argument.
import { array, zeros, NDArray } from "ndalias";

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function gradient(w: NDArray, X: NDArray, y: NDArray): { grad: NDArray; loss: number } {
  const n = X.shape[0];
  const grad = zeros(w.size);
  let loss = 0;
  for (let i = 0; i < n; i++) {
    const xi = X.slice(i);
    const p = sigmoid(xi.mul(w).sum());
    grad.iadd(xi.mul((p - y.get(i)) / n));
    loss -= (y.get(i) * Math.log(p + 1e-12) + (1 - y.get(i)) * Math.log(1 - p + 1e-12)) / n;
  }
  return { grad, loss };
}

function clipByNorm(g: NDArray, maxNorm: number): void {
  const norm = Math.sqrt(g.mul(g).sum());
  if (norm > maxNorm) g.imul(maxNorm / norm);
}

function clipGradNorm(g: NDArray, maxNorm: number): number {
  const norm = Math.sqrt(g.mul(g).sum());
  if (norm > maxNorm) g.imul(maxNorm / norm); // expect: no-alias-mutation
  return norm;
}

class HeavyBall {
  readonly w: NDArray;
  readonly vel: NDArray;
  constructor(dim: number, readonly lr: number, readonly mu: number) {
    this.w = zeros(dim);
    this.vel = zeros(dim);
  }
  step(X: NDArray, y: NDArray): number {
    const { grad, loss } = gradient(this.w, X, y);
    clipByNorm(grad, 5);
    this.vel.imul(this.mu);
    this.vel.isub(grad.mul(this.lr));
    this.w.iadd(this.vel);
    return loss;
  }
}

class Nesterov {
  readonly w: NDArray;
  readonly vel: NDArray;
  lastNorm = 0;
  constructor(dim: number, readonly lr: number, readonly mu: number) {
    this.w = zeros(dim);
    this.vel = zeros(dim);
  }
  step(X: NDArray, y: NDArray): number {
    const lookahead = this.w;
    lookahead.iadd(this.vel.mul(this.mu)); // expect: no-alias-mutation
    const { grad, loss } = gradient(lookahead, X, y);
    this.lastNorm = clipGradNorm(grad, 5);
    this.vel.imul(this.mu);
    this.vel.isub(grad.mul(this.lr));
    this.w.iadd(this.vel);
    return loss;
  }
  snapshot(): NDArray {
    return this.w.copy();
  }
}

const X = array([[1, 0.5, 1.2], [1, -1.1, 0.3], [1, 2.0, -0.7], [1, -0.4, -1.5]]);
const y = array([1, 0, 1, 0]);
const hb = new HeavyBall(3, 0.5, 0.9);
const nag = new Nesterov(3, 0.5, 0.9);
let best = nag.snapshot();
let bestLoss = Infinity;
for (let epoch = 0; epoch < 30; epoch++) {
  const lh = hb.step(X, y);
  const ln = nag.step(X, y);
  if (ln < bestLoss) {
    bestLoss = ln;
    best = nag.snapshot();
  }
  if (epoch % 10 === 0) console.log(`epoch ${epoch}: heavy-ball ${lh.toFixed(4)}, nesterov ${ln.toFixed(4)}`);
}
console.log("heavy-ball w:", hb.w.tolist(), "best nesterov w:", best.tolist(), "last grad norm:", nag.lastNorm);
