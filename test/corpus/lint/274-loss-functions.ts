// Loss functions on an abstract base, mean squared error and softmax cross-entropy with their gradients, and a small evaluation report.
import { array, NDArray } from "ndalias";

export abstract class Loss {
  abstract value(pred: NDArray, target: NDArray): number;
  abstract grad(pred: NDArray, target: NDArray): NDArray;

  report(pred: NDArray, target: NDArray): string {
    return `${this.constructor.name}: ${this.value(pred, target).toFixed(4)}`;
  }
}

export class MSE extends Loss {
  value(pred: NDArray, target: NDArray): number {
    const d = pred.sub(target);
    return d.mul(d).mean();
  }

  grad(pred: NDArray, target: NDArray): NDArray {
    const g = pred.sub(target);
    g.imul(2 / pred.size);
    return g;
  }
}

function softmaxRowsInPlace(z: NDArray): void {
  for (let i = 0; i < z.shape[0]; i++) {
    const row = z.slice(i);
    row.isub(row.max());
    for (let j = 0; j < row.size; j++) row.set(j, Math.exp(row.get(j)));
    row.idiv(row.sum());
  }
}

function clampInPlace(x: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < x.size; i++) {
    x.data[i] = Math.min(hi, Math.max(lo, x.data[i] as number));
  }
}

export class SoftmaxCrossEntropy extends Loss {
  protected probs(logits: NDArray): NDArray {
    const p = logits.copy();
    softmaxRowsInPlace(p);
    return p;
  }

  value(logits: NDArray, labels: NDArray): number {
    const p = this.probs(logits);
    let total = 0;
    for (let i = 0; i < p.shape[0]; i++) total -= Math.log(p.get(i, labels.get(i)));
    return total / p.shape[0];
  }

  grad(logits: NDArray, labels: NDArray): NDArray {
    const g = this.probs(logits);
    for (let i = 0; i < g.shape[0]; i++) {
      const k = labels.get(i);
      g.set([i, k], g.get(i, k) - 1);
    }
    g.idiv(g.shape[0]);
    return g;
  }
}

const logits = array([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]]);
const labels = array([0, 2]);
const ce = new SoftmaxCrossEntropy();

const shown = logits;
console.log("raw logits:", shown.tolist(), "max:", shown.max());
logits.imul(0.5);
console.log(ce.report(logits, labels), "grad:", ce.grad(logits, labels).tolist());

const pred = array([0.9, 2.4, -0.3, 1.2]);
const target = array([1.0, 2.0, 0.0, 1.0]);
let residual: NDArray = pred;
residual = residual.sub(target);
residual.imul(residual);
clampInPlace(pred, 0, 2);

const mse = new MSE();
const step = mse.grad(pred, target);
step.imul(0.1);
const firstTwo = step.slice(":2");
console.log("squared residuals:", residual.tolist(), mse.report(pred, target));
console.log("update:", step.tolist(), "first two:", firstTwo.tolist());
