// Mini-batch statistics for a training loop: per-sample callbacks scale, accumulate and clip the gradient rows of one batch.
import { array, zeros, NDArray } from "ndalias";

interface Batch {
  inputs: NDArray[];
  grads: NDArray[];
}

function makeBatch(rows: number[][], gradRows: number[][]): Batch {
  return { inputs: rows.map((r) => array(r)), grads: gradRows.map((g) => array(g)) };
}

function l2(v: NDArray): number {
  return Math.sqrt(v.mul(v).sum());
}

function clipRow(limit: number): (g: NDArray) => void {
  return (g) => {
    const norm = l2(g);
    if (norm > limit) g.imul(limit / norm);
  };
}

export function gradientStep(batch: Batch, lr: number, limit: number): NDArray {
  const width = batch.grads[0]?.size ?? 0;

  // clip each gradient row in place before averaging: the callback is void on purpose
  batch.grads.forEach(clipRow(limit));

  const norms = batch.grads.map((g) => l2(g));

  // scaled learning-rate rows for the update
  const scaled = batch.grads.map((g) => g.imul(lr)); // expect: no-alias-mutation

  const total = scaled.reduce((acc, g) => acc.iadd(g), zeros(width)); // expect: no-alias-mutation

  const mean = total.div(Math.max(1, scaled.length));
  console.log("row norms:", norms.map((n) => n.toFixed(3)).join(", "));
  console.log("first raw gradient row:", batch.grads[0]?.tolist());
  return mean;
}

export function inputMeans(batch: Batch): number[] {
  return batch.inputs.map((x) => x.mean());
}

export function centeredInputs(batch: Batch): NDArray[] {
  return batch.inputs.map((x) => {
    const c = x.sub(x.mean());
    c.idiv(Math.max(1e-9, l2(c)));
    return c;
  });
}

export function sumRows(rows: NDArray[], width: number): NDArray {
  const acc = zeros(width);
  rows.forEach((r) => {
    acc.iadd(r);
  });
  return acc;
}

function describe(label: string, v: NDArray): void {
  console.log(label.padEnd(10), (v.tolist() as number[]).map((x) => x.toFixed(3)).join(" "));
}

const batch = makeBatch(
  [
    [1, 2, 3],
    [4, 5, 6],
  ],
  [
    [0.5, -2.0, 1.5],
    [3.0, 0.1, -0.4],
  ],
);
describe("step", gradientStep(batch, 0.1, 2));
describe("sum", sumRows(batch.inputs, 3));
for (const c of centeredInputs(batch)) describe("centered", c);
console.log("input means:", inputMeans(batch));
