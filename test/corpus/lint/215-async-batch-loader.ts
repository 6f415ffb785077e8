// Async mini-batch loader: an async generator yields fancy-indexed copies of dataset rows, workers augment their own copies across awaits, and running statistics live in a module-level record.
import { arange, zeros, NDArray } from "ndalias";

const dataset = arange(24).reshape(6, 4);
const stats = { seen: 0, sum: zeros(4) };

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function* loadBatches(order: number[], size: number): AsyncGenerator<NDArray> {
  for (let i = 0; i < order.length; i += size) {
    await tick();
    yield dataset.take(order.slice(i, i + size), 0);
  }
}

async function augment(batch: NDArray, noise: number): Promise<NDArray> {
  const out = batch.copy();
  await tick();
  out.iadd(noise);
  out.slice(":", 0).fill(0);
  return out;
}

async function accumulate(batch: NDArray): Promise<void> {
  await tick();
  for (let r = 0; r < batch.shape[0]; r++) stats.sum.iadd(batch.slice(r));
  stats.seen += batch.shape[0];
}

export async function runEpoch(order: number[]): Promise<number> {
  let batches = 0;
  for await (const batch of loadBatches(order, 2)) {
    const augmented = await augment(batch, 0.5);
    batch.imul(-1);
    await tick();
    await accumulate(batch.add(augmented));
    batches++;
  }
  return batches;
}

export async function meanRow(): Promise<NDArray> {
  const mean = stats.sum.div(Math.max(stats.seen, 1));
  await tick();
  mean.imul(100);
  return mean;
}

export async function previewFirst(order: number[]): Promise<number[] | undefined> {
  const it = loadBatches(order, 1);
  const first = await it.next();
  const rows = first.done ? undefined : first.value;
  rows?.slice(":", "1:").fill(-1);
  await it.return(undefined);
  return rows?.tolist() as number[] | undefined;
}

export async function resetStats(): Promise<void> {
  await tick();
  stats.sum.fill(0);
  stats.seen = 0;
}

runEpoch([5, 3, 1, 0, 2, 4]).then(async (n) => {
  const mean = await meanRow();
  console.log(`${n} batches, mean row (x100):`, mean.tolist(), "dataset sum:", dataset.sum());
  console.log("preview:", await previewFirst([2]), "dataset row 2:", dataset.slice(2).tolist());
  await resetStats();
});
