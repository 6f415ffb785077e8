// Loads training batches through an async generator pipeline (fetch, outlier hooks, standardisation), accumulates feature totals and reports the feature means.
import { array, zeros, NDArray } from "ndalias";
import { setTimeout as sleep } from "node:timers/promises";

interface BatchSource {
  name: string;
  rows: number[][];
}

type BatchHook = (batch: NDArray, index: number) => void;

const SOURCES: BatchSource[] = [
  { name: "shard-a", rows: [[1.0, 20.0, 3.5], [2.0, 18.0, 3.0], [1.5, 75.0, 2.5]] },
  { name: "shard-b", rows: [[0.5, 22.0, 4.0], [1.0, 19.5, 3.5]] },
  { name: "shard-c", rows: [[2.5, 21.0, 2.0], [3.0, -60.0, 2.5], [2.0, 20.5, 3.0]] },
  { name: "shard-d", rows: [] },
];

async function* fetchBatches(sources: BatchSource[], delayMs: number): AsyncGenerator<NDArray> {
  for (const source of sources) {
    await sleep(delayMs);
    if (source.rows.length === 0) {
      console.log(`skipping empty source ${source.name}`);
      continue;
    }
    yield array(source.rows);
  }
}

async function* withHooks(batches: AsyncIterable<NDArray>, hooks: BatchHook[]): AsyncGenerator<NDArray> {
  let index = 0;
  for await (const batch of batches) {
    for (const hook of hooks) {
      hook(batch, index);
    }
    index++;
    yield batch;
  }
}

async function* standardize(batches: AsyncIterable<NDArray>): AsyncGenerator<NDArray> {
  for await (const batch of batches) {
    const centred = batch.sub(batch.mean());
    const spread = Math.sqrt(centred.mul(centred).mean()) || 1;
    centred.idiv(spread); // expect: no-lost-write
    yield batch;
  }
}

async function accumulateInto(totals: NDArray, batches: AsyncIterable<NDArray>): Promise<number> {
  let rows = 0;
  for await (const batch of batches) {
    for (let r = 0; r < batch.shape[0]; r++) {
      totals.iadd(batch.slice(r)); // expect: no-alias-mutation
      rows++;
    }
  }
  return rows;
}

const clampOutliers: BatchHook = (batch) => {
  for (let i = 0; i < batch.size; i++) {
    const v = batch.get(Math.floor(i / batch.shape[1]), i % batch.shape[1]);
    if (Math.abs(v) > 50) {
      batch.set([Math.floor(i / batch.shape[1]), i % batch.shape[1]], Math.sign(v) * 50);
    }
  }
};

const logShape: BatchHook = (batch, index) => {
  console.log(`batch ${index}: ${batch.shape.join("x")}, mean ${batch.mean().toFixed(3)}`);
};

async function main(): Promise<void> {
  const featureTotals = zeros(3);
  const pipeline = standardize(withHooks(fetchBatches(SOURCES, 2), [clampOutliers, logShape]));
  const rows = await accumulateInto(featureTotals, pipeline);
  const means = featureTotals.div(Math.max(rows, 1));
  console.log("rows seen:", rows);
  console.log("feature means:", means.tolist());
  console.log("feature totals:", featureTotals.tolist());
}

main().catch((err: unknown) => {
  console.error("pipeline failed:", err);
  process.exitCode = 1;
});
