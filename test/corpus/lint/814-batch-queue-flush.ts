// Inference batching queue: requests are packed into a preallocated matrix and a worker flushes full batches to the model.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface Batch {
  ids: string[];
  inputs: NDArray;
  total: number;
}

class BatchQueue {
  private batch: NDArray;
  private ids: string[] = [];
  private count = 0;

  constructor(readonly maxSize: number, readonly dim: number) {
    this.batch = zeros([maxSize, dim]);
  }

  get length(): number {
    return this.count;
  }

  enqueue(id: string, features: NDArray): void {
    if (this.count === this.maxSize) throw new Error("batch queue is full");
    if (features.size !== this.dim) throw new Error(`request ${id}: expected ${this.dim} features`);
    this.batch.slice(this.count).assign(":", features);
    this.ids.push(id);
    this.count += 1;
  }

  // Hands the packed rows to the worker and resets the queue for the next batch.
  flush(): Batch {
    const n = this.count;
    const inputs = this.batch.slice(`:${n}`);
    const ids = this.ids;
    this.ids = [];
    this.count = 0;
    this.batch.fill(0); // expect: no-view-mutation
    return { ids, inputs, total: inputs.sum() };
  }
}

const MODEL_WEIGHTS = array([0.5, -0.25, 1.0]);
const MODEL_BIAS = 0.1;

function scoreBatch(batch: Batch): Map<string, number> {
  const scores = new Map<string, number>();
  for (let i = 0; i < batch.ids.length; i++) {
    const row = batch.inputs.slice(i);
    scores.set(batch.ids[i], row.mul(MODEL_WEIGHTS).sum() + MODEL_BIAS);
  }
  return scores;
}

class Worker {
  private processed = 0;
  private readonly results = new Map<string, number>();

  constructor(private readonly queue: BatchQueue, private readonly minBatch: number) {}

  submit(id: string, features: NDArray): void {
    this.queue.enqueue(id, features);
    if (this.queue.length >= this.minBatch) this.drain();
  }

  drain(): void {
    if (this.queue.length === 0) return;
    const batch = this.queue.flush();
    if (batch.total === 0) {
      console.warn(`batch of ${batch.ids.length} requests has an all-zero input matrix`);
    }
    for (const [id, score] of scoreBatch(batch)) this.results.set(id, score);
    this.processed += batch.ids.length;
  }

  result(id: string): number | undefined {
    return this.results.get(id);
  }

  stats(): { processed: number; pending: number } {
    return { processed: this.processed, pending: this.queue.length };
  }
}

const worker = new Worker(new BatchQueue(4, 3), 3);
const incoming: Array<[string, number[]]> = [
  ["req-1", [0.2, 0.4, 0.6]],
  ["req-2", [1.0, 0.0, 0.5]],
  ["req-3", [0.3, 0.9, 0.1]],
  ["req-4", [0.7, 0.2, 0.8]],
];
for (const [id, features] of incoming) worker.submit(id, array(features));
worker.drain();

for (const [id] of incoming) {
  console.log(id, "score:", worker.result(id)?.toFixed(3));
}
console.log("worker:", worker.stats());
