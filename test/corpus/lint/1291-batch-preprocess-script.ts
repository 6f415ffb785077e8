// Batch preprocessing script: rescales and masks a module-level feature batch through the module's helpers, then prints the batch statistics.
// runnable
import { array, NDArray } from "ndalias";
import { setTimeout as delay } from "node:timers/promises";

const BATCH = array([
  [0.5, 12.0, -3.0, 7.5],
  [1.5, 9.0, -1.0, 2.5],
  [2.5, 15.0, 4.0, -6.0],
]);
const PREP = { scale: 0.5, maskedColumns: [2], clip: 5 };
const EVAL_PREP = { ...PREP, scale: 1 };

function meanRows(x: NDArray): NDArray {
  let acc = x.slice(0).copy();
  for (let r = 1; r < x.shape[0]; r++) acc = acc.add(x.slice(r));
  return acc.div(x.shape[0]);
}

function rescaleBatch(factor: number): number {
  const scaled = BATCH.astype("float64");
  scaled.imul(factor); // expect: no-lost-write
  return BATCH.max();
}

function maskColumns(columns: number[]): void {
  for (const c of columns) BATCH.slice(":", c).fill(0);
}

function clipBatch(limit: number): number {
  let clipped = 0;
  for (let i = 0; i < BATCH.data.length; i++) {
    const v = BATCH.data[i] as number;
    if (Math.abs(v) > limit) {
      BATCH.data[i] = Math.sign(v) * limit;
      clipped++;
    }
  }
  return clipped;
}

function centred(): NDArray {
  const c = BATCH.copy();
  c.isub(c.mean());
  return c;
}

function rowNorms(x: NDArray): number[] {
  const norms: number[] = [];
  for (let r = 0; r < x.shape[0]; r++) {
    const row = x.slice(r);
    norms.push(Math.sqrt(row.mul(row).sum()));
  }
  return norms;
}

function shiftRows(x: NDArray, by: number): void {
  for (let r = 0; r < x.shape[0]; r++) x.slice(r).iadd(by);
}

async function loadNextRow(): Promise<number[]> {
  await delay(1);
  return [3.5, 8.0, 1.0, -2.0];
}

console.log("max before rescale:", rescaleBatch(PREP.scale));
maskColumns(PREP.maskedColumns);
console.log("clipped entries:", clipBatch(PREP.clip));

const incoming = array(await loadNextRow());
incoming.imul(EVAL_PREP.scale);
const ordered = BATCH.take([2, 0, 1], 0);
ordered.slice(0).assign(":", incoming);
shiftRows(ordered, 0.5);
console.log("reordered with incoming first:", ordered.tolist());

BATCH.take([0, 1], 1).imul(PREP.scale); // expect: no-lost-write

console.log("column means:", meanRows(BATCH).tolist());
console.log("centred batch:", centred().tolist());
console.log("batch:", BATCH.tolist());
console.log("row norms:", rowNorms(BATCH).map((n) => n.toFixed(3)));
