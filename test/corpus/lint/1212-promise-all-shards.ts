// Loads embedding shards concurrently, merges them into one table, previews a shard before normalising it, and prints statistics.
import { arange, NDArray } from "ndalias";

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const logLines: string[] = [];

async function flushLogs(): Promise<void> {
  await delay(1);
  while (logLines.length > 0) {
    console.log(logLines.shift());
  }
}

async function loadShard(id: number, rows: number): Promise<NDArray> {
  await delay(rows);
  logLines.push(`shard ${id}: ${rows} rows`);
  return arange(id * 10, id * 10 + rows * 2).reshape(rows, 2);
}

async function mergedRatio(ids: number[]): Promise<number> {
  const shards = await Promise.all(ids.map((id) => loadShard(id, 3)));
  const merged = shards[0];
  for (let i = 1; i < shards.length; i++) {
    merged.iadd(shards[i]); // expect: no-alias-mutation
  }
  await flushLogs();
  const firstTotal = shards[0].sum();
  return merged.mean() / firstTotal;
}

async function stackedTotals(a: number, b: number): Promise<number[]> {
  const [first, second] = await Promise.all([loadShard(a, 2), loadShard(b, 2)]);
  const combined = first.copy();
  combined.iadd(second);
  await flushLogs();
  return [first.sum(), second.sum(), combined.sum()];
}

async function previewAndNormalize(id: number): Promise<{ preview: unknown; norm: number }> {
  const shard = await loadShard(id, 4);
  const preview = shard.slice(":2");
  const norm = Math.sqrt(shard.mul(shard).sum());
  await flushLogs();
  shard.idiv(norm); // expect: no-view-mutation
  return { preview: preview.tolist(), norm };
}

async function normalizedCopy(id: number): Promise<NDArray> {
  const shard = await loadShard(id, 4);
  const head = shard.slice(":2");
  const headTotal = head.sum();
  const unit = shard.div(Math.sqrt(shard.mul(shard).sum()));
  unit.imul(headTotal > 0 ? 1 : -1);
  await flushLogs();
  return unit;
}

async function rowMaxima(ids: number[]): Promise<number[]> {
  const tables = await Promise.all(ids.map((id) => loadShard(id, 2)));
  const maxima: number[] = [];
  for (const table of tables) {
    maxima.push(table.max());
  }
  return maxima;
}

async function main(): Promise<void> {
  const ratio = await mergedRatio([1, 2, 3]);
  console.log("merged/first ratio:", ratio.toFixed(4));

  const totals = await stackedTotals(4, 5);
  console.log("first, second, combined totals:", totals.join(", "));

  const { preview, norm } = await previewAndNormalize(6);
  console.log("preview rows of shard 6:", preview, "norm:", norm.toFixed(3));

  const unit = await normalizedCopy(7);
  console.log("unit shard 7:", unit.tolist());

  const maxima = await rowMaxima([0, 8]);
  console.log("maxima:", maxima.join(", "));
  await flushLogs();
}

await main();
