// Streams centred and augmented mini-batches from a dataset with async generators and accumulates per-epoch statistics.
import { array, NDArray } from "ndalias";

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const seenTotals: number[] = [];

interface EpochStats {
  batches: number;
  meanOfMeans: number;
  largest: number;
}

async function* miniBatches(dataset: NDArray, size: number): AsyncGenerator<NDArray> {
  const centered = dataset.astype("float64");
  centered.isub(dataset.mean()); // expect: no-lost-write
  for (let start = 0; start < dataset.shape[0]; start += size) {
    await tick();
    yield dataset.slice(`${start}:${start + size}`);
  }
}

async function* augmentedBatches(
  dataset: NDArray,
  order: number[],
  size: number,
  limit: number,
): AsyncGenerator<NDArray> {
  for (let i = 0; i < order.length; i += size) {
    const rows = dataset.take(order.slice(i, i + size), 0);
    rows.imul(1 + 0.1 * i);
    const peak = rows.max();
    if (peak > limit) {
      rows.idiv(peak / limit);
    }
    seenTotals.push(rows.sum());
    await tick();
    yield rows;
  }
}

function shuffledOrder(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = seed;
  for (let i = n - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

async function epochStats(batches: AsyncIterable<NDArray>): Promise<EpochStats> {
  let count = 0;
  let sumOfMeans = 0;
  let largest = -Infinity;
  for await (const batch of batches) {
    count++;
    sumOfMeans += batch.mean();
    largest = Math.max(largest, batch.max());
  }
  return { batches: count, meanOfMeans: count ? sumOfMeans / count : NaN, largest };
}

async function centredLosses(batches: AsyncIterable<NDArray>, target: number): Promise<number[]> {
  const losses: number[] = [];
  for await (const batch of batches) {
    const residual = batch.sub(target);
    residual.imul(residual);
    losses.push(residual.mean());
  }
  return losses;
}

const dataset = array([
  [0.2, 1.4, 3.1],
  [0.9, 1.1, 2.7],
  [0.4, 1.9, 3.6],
  [0.7, 1.3, 2.2],
  [0.1, 1.6, 3.3],
]);

const plain = await epochStats(miniBatches(dataset, 2));
console.log(
  "plain epoch:",
  plain.batches,
  "batches, mean of means",
  plain.meanOfMeans.toFixed(3),
  "largest",
  plain.largest,
);

const order = shuffledOrder(dataset.shape[0], 7);
const augmented = await epochStats(augmentedBatches(dataset, order, 2, 3.5));
console.log(
  "augmented epoch:",
  augmented.batches,
  "batches, mean of means",
  augmented.meanOfMeans.toFixed(3),
  "largest",
  augmented.largest.toFixed(3),
);

const losses = await centredLosses(miniBatches(dataset, 3), 1.5);
console.log("losses:", losses.map((l) => l.toFixed(4)).join(", "));
console.log("augmented batch totals:", seenTotals.map((t) => t.toFixed(3)).join(", "));
console.log("dataset mean:", dataset.mean().toFixed(4));
