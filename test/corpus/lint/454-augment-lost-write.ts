// Augments a training batch: jitters a few rows into extra samples, masks a corrupted row and rescales the batch to a target peak.
// runnable
import { array, NDArray } from "ndalias";

type RowSpec = number | number[];

function rowsOf(spec: RowSpec): number[] {
  return typeof spec === "number" ? [spec] : spec;
}

function jitterRows(batch: NDArray, rows: RowSpec, amount = 0.1): NDArray {
  const picked = batch.take(rowsOf(rows), 0);
  picked.iadd(amount);
  return picked;
}

function maskRows(batch: NDArray, rows: RowSpec, value: number | string = 0): void {
  const v = typeof value === "string" ? Number.parseFloat(value) : value;
  batch.take(rowsOf(rows), 0).fill(v); // expect: no-lost-write
}

function rescale(batch: NDArray, target?: number | null): NDArray {
  const peak = Math.max(batch.max(), -batch.min());
  const scaled = batch.div(peak || 1);
  if (target != null) {
    scaled.imul(target); // expect: no-lost-write
  }
  return batch;
}

function corruptRows(batch: NDArray, limit = 5): number[] {
  const bad: number[] = [];
  const rows = batch.shape[0];
  for (let r = 0; r < rows; r++) {
    if (Math.abs(batch.slice(r).sum()) > limit || batch.slice(r).max() > limit) bad.push(r);
  }
  return bad;
}

const batch = array([
  [0.2, 0.4],
  [9.9, -9.9],
  [0.1, 0.3],
  [0.5, 0.6],
]);

const extra = jitterRows(batch, [0, 2], 0.05);
console.log("extra samples:", extra.tolist());

const bad = corruptRows(batch);
if (bad.length > 0) {
  maskRows(batch, bad, process.argv[2] ?? "0");
}

const ready = rescale(batch, 2);
console.log("ready batch:", ready.tolist(), "peak:", ready.max());
