// Exports latency reports asynchronously: working copies are taken before each await, modified and written out, while live counters keep updating.
import { array, NDArray } from "ndalias";
import { writeFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const live = array([12, 48, 33, 97, 21, 64, 15, 40]);
const thresholds = array([20, 50, 80]);

function percentile(sorted: NDArray, p: number): number {
  const idx = Math.min(sorted.size - 1, Math.floor((p / 100) * sorted.size));
  return sorted.get(idx);
}

export async function exportReport(dir: string, name: string): Promise<number> {
  using scaled = live.mul(1000);
  using sorted = live.flatten();
  await sleep(1);
  scaled.isub(scaled.min());
  sorted.sort();
  const p90 = percentile(sorted, 90);
  const body = JSON.stringify({ name, scaled: scaled.tolist(), p50: percentile(sorted, 50), p90 });
  await writeFile(join(dir, `${name}.json`), body);
  return p90;
}

export async function bucketCounts(samples: NDArray): Promise<number[]> {
  const counts = thresholds.astype("int32");
  counts.fill(0);
  await sleep(1);
  for (let i = 0; i < samples.size; i++) {
    for (let b = 0; b < thresholds.size; b++) {
      if (samples.get(i) <= thresholds.get(b)) {
        counts.set(b, counts.get(b) + 1);
        break;
      }
    }
  }
  return counts.tolist() as number[];
}

export async function ingest(batch: NDArray): Promise<void> {
  const before = live.copy();
  await sleep(1);
  live.iadd(batch);
  const delta = live.sub(before);
  console.log("ingested, total added:", delta.sum());
  before.dispose();
  delta.dispose();
}

async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "latency-"));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const snapshot = live.copy();
  await withTempDir(async (dir) => {
    const first = await exportReport(dir, "before-ingest");
    await ingest(array([1, 2, 3, 4, 5, 6, 7, 8]));
    const second = await exportReport(dir, "after-ingest");
    console.log("p90 before and after:", first, second);
  });

  const buckets = await bucketCounts(snapshot);
  console.log("buckets of the snapshot:", buckets);

  live.imul(0.5);
  const halved = live.slice(":4");
  console.log("halved head:", halved.tolist(), "snapshot head:", snapshot.slice(":4").tolist());

  const trimmed = snapshot.take([0, 2, 4, 6]);
  trimmed.isub(trimmed.min());
  console.log("trimmed snapshot:", trimmed.tolist());

  halved.dispose();
  trimmed.dispose();
  snapshot.dispose();
}

main().catch((err: unknown) => {
  console.error("export failed:", err);
  process.exitCode = 1;
});
