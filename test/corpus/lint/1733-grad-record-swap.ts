// Fits a quadratic to noisy points by gradient descent with a reusable gradient record and two swapped parameter buffers.
import { array, zeros, NDArray } from "ndalias";

interface GradRecord {
  grad: NDArray;
  loss: number;
  evaluations: number;
}

function evaluate(params: NDArray, xs: NDArray, ys: NDArray, out: GradRecord): void {
  out.grad.fill(0);
  let loss = 0;
  const a: number = params.get(0);
  const b: number = params.get(1);
  const c: number = params.get(2);
  for (let i = 0; i < xs.size; i++) {
    const x: number = xs.get(i);
    const err = a + b * x + c * x * x - ys.get(i);
    loss += err * err;
    out.grad.set(0, out.grad.get(0) + 2 * err);
    out.grad.set(1, out.grad.get(1) + 2 * err * x);
    out.grad.set(2, out.grad.get(2) + 2 * err * x * x);
  }
  out.grad.idiv(xs.size);
  out.loss = loss / xs.size;
  out.evaluations += 1;
}

function gradNorm(rec: GradRecord): number {
  return Math.sqrt(rec.grad.mul(rec.grad).sum());
}

function predictAll(params: NDArray, xs: NDArray): NDArray {
  const out = zeros(xs.size);
  for (let i = 0; i < xs.size; i++) {
    const x: number = xs.get(i);
    out.set(i, params.get(0) + params.get(1) * x + params.get(2) * x * x);
  }
  return out;
}

const xs = array([-1.0, -0.5, 0.0, 0.5, 1.0, 1.5]);
const ys = array([2.1, 0.9, 0.4, 0.6, 1.9, 3.8]);
const lr = 0.1;

let current = zeros(3);
let next = zeros(3);
const record: GradRecord = { grad: zeros(3), loss: 0, evaluations: 0 };

evaluate(current, xs, ys, record);
const firstGrad = record.grad.copy();
const firstLoss = record.loss;

for (let step = 0; step < 200; step++) {
  evaluate(current, xs, ys, record);
  if (gradNorm(record) < 1e-4) break;
  next.assign(":", current.sub(record.grad.mul(lr)));
  [current, next] = [next, current];
}

console.log("evaluations:", record.evaluations, "loss:", firstLoss.toFixed(4), "->", record.loss.toFixed(4));
console.log("first gradient:", firstGrad.tolist(), "last gradient norm:", gradNorm(record).toExponential(2));

next.fill(0);
console.log("spare buffer cleared, sum:", next.sum(), "shares memory with current:", next === current);
for (let i = 0; i < current.size; i++) {
  current.set(i, Math.round(current.get(i) * 1000) / 1000);
}
console.log("fitted coefficients:", current.tolist());

const fitted = predictAll(current, xs);
const residual = ys.sub(fitted);
residual.imul(residual);
console.log("fitted values:", fitted.tolist(), "sse:", residual.sum().toFixed(4));

const worst = residual.max();
console.log("largest squared residual:", worst.toFixed(4));

const record2: GradRecord = { grad: zeros(3), loss: 0, evaluations: 0 };
evaluate(current, xs, ys.mul(2), record2);
record2.grad.imul(-1);
console.log("descent direction for doubled targets:", record2.grad.tolist(), "record 1 grad:", record.grad.tolist());
