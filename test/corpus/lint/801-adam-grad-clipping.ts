// An Adam optimiser with gradient-norm clipping and bias correction, fitting a linear model to a handful of samples.
import { array, zeros, NDArray } from "ndalias";

interface AdamConfig {
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  maxNorm: number;
}

class Adam {
  private m: NDArray;
  private v: NDArray;
  private t = 0;

  constructor(size: number, private readonly cfg: AdamConfig) {
    this.m = zeros(size);
    this.v = zeros(size);
  }

  /** Updates `params` in place from the gradient. */
  step(params: NDArray, grad: NDArray): void {
    const { lr, beta1, beta2, eps, maxNorm } = this.cfg;
    this.t += 1;

    const g = grad.flatten();
    const norm = Math.sqrt(g.mul(g).sum());
    if (norm > maxNorm) {
      g.imul(maxNorm / norm); // expect: no-lost-write
    }

    this.m.imul(beta1);
    this.m.iadd(grad.mul(1 - beta1));
    this.v.imul(beta2);
    this.v.iadd(grad.mul(grad).mul(1 - beta2));

    // bias-corrected moments are scaled copies; the running moments stay untouched
    const mHat = this.m.copy();
    mHat.idiv(1 - Math.pow(beta1, this.t));
    const vHat = this.v.copy();
    vHat.idiv(1 - Math.pow(beta2, this.t));

    const denom = zeros(vHat.size);
    for (let i = 0; i < vHat.size; i++) denom.set(i, Math.sqrt(vHat.get(i)) + eps);
    params.isub(mHat.div(denom).mul(lr));
  }

  moments(): { m: NDArray; v: NDArray } {
    return { m: this.m.copy(), v: this.v.copy() };
  }
}

function predict(X: NDArray, w: NDArray): NDArray {
  const [n, d] = X.shape;
  const out = zeros(n);
  for (let i = 0; i < n; i++) {
    let acc = 0;
    for (let j = 0; j < d; j++) acc += X.get(i, j) * w.get(j);
    out.set(i, acc);
  }
  return out;
}

function gradient(X: NDArray, y: NDArray, w: NDArray): NDArray {
  const [n, d] = X.shape;
  const residual = predict(X, w);
  residual.isub(y);
  const g = zeros(d);
  for (let j = 0; j < d; j++) {
    let acc = 0;
    for (let i = 0; i < n; i++) acc += residual.get(i) * X.get(i, j);
    g.set(j, (2 * acc) / n);
  }
  return g;
}

function mse(X: NDArray, y: NDArray, w: NDArray): number {
  const err = predict(X, w).sub(y);
  return err.mul(err).mean();
}

const X = array([
  [1, 0.5],
  [1, 1.5],
  [1, 2.0],
  [1, 3.5],
  [1, 4.0],
]);
const y = array([2.1, 4.0, 5.2, 8.1, 8.9]);
const weights = zeros(2);
const opt = new Adam(2, { lr: 0.1, beta1: 0.9, beta2: 0.999, eps: 1e-8, maxNorm: 5 });

const initialLoss = mse(X, y, weights);
for (let epoch = 0; epoch < 300; epoch++) {
  const grad = gradient(X, y, weights);
  opt.step(weights, grad);
}
console.log("loss:", initialLoss.toFixed(3), "->", mse(X, y, weights).toFixed(4));
console.log("weights:", weights.tolist());

const { m, v } = opt.moments();
m.imul(1000);
console.log("first moment (x1000):", m.tolist(), "second moment:", v.tolist());
