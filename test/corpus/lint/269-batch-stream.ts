// Streams shuffled mini-batches from a generator, prefetches two hold-out batches concurrently, and standardises every batch copy in place.
// runnable
import { array, zeros, NDArray } from "ndalias";

const data = array([[2, 4], [4, 8], [6, 2], [8, 6], [1, 3], [3, 5], [5, 7], [7, 1]]);

function* batches(x: NDArray, order: number[], size: number): Generator<NDArray> {
  for (let s = 0; s < order.length; s += size) {
    yield x.take(order.slice(s, s + size), 0);
  }
}

async function loadHoldout(rows: number[]): Promise<NDArray> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  return data.take(rows, 0);
}

function accumulate(into: NDArray, x: NDArray): void {
  into.iadd(x);
}

function standardizeInPlace(batch: NDArray): void {
  for (let j = 0; j < batch.shape[1]; j++) {
    const col = batch.slice(":", j);
    const mu = col.mean();
    col.isub(mu);
  }
}

class RunningMean {
  protected total: NDArray;
  protected count = 0;

  constructor(width: number) {
    this.total = zeros(width);
  }

  update(batch: NDArray): void {
    for (let i = 0; i < batch.shape[0]; i++) accumulate(this.total, batch.slice(i));
    this.count += batch.shape[0];
  }

  get value(): NDArray {
    return this.total.div(Math.max(this.count, 1));
  }
}

async function main(): Promise<void> {
  const [holdA, holdB] = await Promise.all([loadHoldout([0, 1]), loadHoldout([6, 7])]);
  holdA.imul(0.5);
  holdB.isub(holdA);
  console.log("hold-out difference:", holdB.tolist(), "scaled:", holdA.tolist());

  const raw = new RunningMean(2);
  let ema = zeros(2);
  for (const batch of batches(data, [3, 0, 5, 1, 4, 2, 7, 6], 4)) {
    const firstRow = batch.slice(0);
    console.log("first raw row:", firstRow.tolist());
    raw.update(batch);
    standardizeInPlace(batch);
    ema = ema.mul(0.9).add(batch.slice(0).mul(0.1));

    const flat = batch.flatten();
    flat.imul(flat);
    console.log("standardised batch energy:", flat.sum());
  }

  const stats = raw.value;
  stats.imul(10);
  const head = stats.slice(":1");
  console.log("scaled running mean:", stats.tolist(), "first feature:", head.tolist());
  console.log("ema:", ema.tolist(), "data untouched:", data.sum());
}

await main();
