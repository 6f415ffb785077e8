// Inference batcher: requests are packed into a reusable matrix, flushed to the model as an owned copy, and padded rows are masked.
import { array, zeros, NDArray } from "ndalias";

interface PackedBatch {
  ids: string[];
  inputs: NDArray;
}

export class InferenceBatcher {
  private readonly matrix: NDArray;
  private readonly pendingIds: string[] = [];
  private flushed = 0;

  constructor(readonly capacity: number, readonly width: number) {
    this.matrix = zeros([capacity, width]);
  }

  enqueue(id: string, input: NDArray): void {
    if (this.pendingIds.length === this.capacity) throw new Error("batcher full");
    const row = this.pendingIds.length;
    this.matrix.slice(row).assign(":", input);
    this.pendingIds.push(id);
  }

  // Pads the unused rows with the mean of the used ones (keeps batch-norm statistics stable).
  padTail(): void {
    const n = this.pendingIds.length;
    if (n === 0 || n === this.capacity) return;
    const fillValue = this.matrix.slice(`:${n}`).mean();
    this.matrix.slice(`${n}:`).fill(fillValue);
  }

  flush(): PackedBatch {
    const n = this.pendingIds.length;
    const inputs = this.matrix.slice(`:${n}`).copy();
    const ids = this.pendingIds.splice(0, n);
    this.matrix.fill(0);
    this.flushed += n;
    return { ids, inputs };
  }

  get totalFlushed(): number {
    return this.flushed;
  }
}

const WEIGHTS = array([0.3, -0.6, 0.9, 0.1]);

export function runModel(batch: PackedBatch, dropFeature: number): Map<string, number> {
  const scaled = batch.inputs.mul(WEIGHTS);
  scaled.slice(":", dropFeature).fill(0);
  const scores = new Map<string, number>();
  for (let i = 0; i < batch.ids.length; i++) {
    scores.set(batch.ids[i], scaled.slice(i).sum());
  }
  return scores;
}

export function topK(scores: Map<string, number>, k: number): string[] {
  const ids = [...scores.keys()];
  const values = array(ids.map((id) => scores.get(id) ?? 0));
  const order = values.copy();
  order.sort();
  const cutoff = order.get(Math.max(0, order.size - k));
  return ids.filter((id) => (scores.get(id) ?? 0) >= cutoff).slice(0, k);
}

const batcher = new InferenceBatcher(4, 4);
const pending: Array<[string, number[]]> = [
  ["q-1", [1, 0, 2, 1]],
  ["q-2", [0, 1, 1, 0]],
  ["q-3", [2, 2, 0, 1]],
];
for (const [id, x] of pending) batcher.enqueue(id, array(x));
batcher.padTail();

const batch = batcher.flush();
batcher.enqueue("q-4", array([1, 1, 1, 1]));
const scores = runModel(batch, 3);
console.log("batch inputs:", batch.inputs.tolist());
console.log("scores:", [...scores.entries()]);
console.log("top-2:", topK(scores, 2), "flushed so far:", batcher.totalFlushed);

const next = batcher.flush();
console.log("next batch:", next.ids, next.inputs.tolist());
