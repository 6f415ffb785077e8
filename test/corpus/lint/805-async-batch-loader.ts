// Loads mini-batches asynchronously from an in-memory dataset, standardising each batch in a copy and wrapping failures in a Result.
import { arange, NDArray } from "ndalias";
import { setTimeout as sleep } from "node:timers/promises";

type Result<T> = { ok: true; value: T } | { ok: false; error: string };

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function fail<T>(error: string): Result<T> {
  return { ok: false, error };
}

const dataset = arange(0, 48).reshape(12, 4);
dataset.imul(0.5);
dataset.iadd(1);

async function fetchRows(source: NDArray, rows: number[]): Promise<NDArray> {
  await sleep(1);
  return source.take(rows, 0);
}

async function standardizedBatch(source: NDArray, rows: number[]): Promise<NDArray> {
  const batch = await fetchRows(source, rows);
  const centred = batch.sub(batch.mean());
  const sd = Math.sqrt(centred.mul(centred).mean());
  centred.idiv(sd > 0 ? sd : 1);
  return centred;
}

async function safeBatch(source: NDArray, rows: number[]): Promise<Result<NDArray>> {
  const limit = source.shape[0];
  const bad = rows.find((r) => r < 0 || r >= limit);
  if (bad !== undefined) return fail(`row ${bad} outside 0..${limit - 1}`);
  const batch = (await fetchRows(source, rows)).copy();
  batch.slice(":", 0).fill(1);
  return ok(batch);
}

async function columnScales(source: NDArray): Promise<NDArray> {
  await sleep(1);
  const scales = source.max() > 0 ? source.slice(0).copy() : source.slice(-1).copy();
  for (let j = 0; j < scales.size; j++) {
    scales.set(j, 1 / Math.max(1e-9, Math.abs(scales.get(j))));
  }
  return scales;
}

async function main(): Promise<void> {
  const plans = [
    [0, 1, 2],
    [3, 4, 5, 6],
    [7, 8],
  ];
  const batches = await Promise.all(plans.map((rows) => standardizedBatch(dataset, rows)));
  batches.forEach((b, i) => {
    console.log(`batch ${i}: shape ${b.shape.join("x")}, mean ${b.mean().toFixed(3)}`);
  });

  // the first batch is scaled for display; the others are left as returned
  batches[0].imul(10);
  console.log("batch 0 x10:", batches[0].slice(0).tolist());
  console.log("batch 2 first row:", batches[2].slice(0).tolist());

  const results = await Promise.all([safeBatch(dataset, [9, 10]), safeBatch(dataset, [11, 12])]);
  for (const r of results) {
    if (r.ok) {
      r.value.slice(":, 1:").imul(2);
      console.log("with bias column:", r.value.tolist());
    } else {
      console.log("skipped batch:", r.error);
    }
  }

  const scales = await columnScales(dataset);
  const scaledFirst = dataset.slice(0).mul(scales);
  console.log("column scales:", scales.tolist(), "scaled first row:", scaledFirst.tolist());
  console.log("dataset total unchanged:", dataset.sum());
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
