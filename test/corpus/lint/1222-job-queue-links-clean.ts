// Schedules batched inference jobs: a sentinel-linked job queue, a forward-linked layer stack, and an object-dtype output registry.
import { array, empty, zeros, NDArray } from "ndalias";

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

class QueueNode {
  prev: QueueNode = this;
  next: QueueNode = this;
  constructor(
    readonly jobId: number,
    readonly priority: number,
  ) {}
}

class JobQueue {
  private sentinel = new QueueNode(-1, Infinity);
  private length = 0;

  async enqueue(jobId: number, priority: number): Promise<number> {
    await tick();
    const node = new QueueNode(jobId, priority);
    node.prev = this.sentinel.prev;
    node.next = this.sentinel;
    this.sentinel.prev.next = node;
    this.sentinel.prev = node;
    return ++this.length;
  }

  dequeue(): number | null {
    const first = this.sentinel.next;
    if (first === this.sentinel) return null;
    this.sentinel.next = first.next;
    first.next.prev = this.sentinel;
    first.prev = first;
    first.next = first;
    this.length--;
    return first.jobId;
  }
}

class Layer {
  weights: NDArray;
  upstream: Layer | null = null;
  best: NDArray | null = null;
  constructor(readonly name: string, width: number) {
    this.weights = zeros(width);
  }
  forward(x: NDArray): NDArray {
    const input = this.upstream ? this.upstream.forward(x) : x;
    return input.mul(this.weights).add(1);
  }
}

async function buildStack(widths: number[]): Promise<Layer> {
  let previous: Layer | null = null;
  let layer: Layer | null = null;
  for (let i = 0; i < widths.length; i++) {
    await tick();
    layer = new Layer(`layer${i}`, widths[i]);
    layer.weights.fill(0.5 + 0.1 * i);
    layer.best = layer.weights.copy();
    layer.upstream = previous;
    previous = layer;
  }
  if (layer === null) throw new Error("empty stack");
  return layer;
}

async function collectOutputs(top: Layer, batches: number[][]): Promise<NDArray> {
  const registry = empty(batches.length + 1, "object");
  const summary = zeros(batches.length);
  for (let i = 0; i < batches.length; i++) {
    await tick();
    const out = top.forward(array(batches[i]));
    registry.set(i, out);
    summary.set(i, out.sum());
  }
  registry.set(batches.length, summary);
  return registry;
}

async function main(): Promise<void> {
  const queue = new JobQueue();
  for (const [id, priority] of [
    [11, 2],
    [12, 1],
    [13, 3],
  ]) {
    console.log("queued", id, "queue length", await queue.enqueue(id, priority));
  }

  const top = await buildStack([3, 3, 3]);
  const outputs = await collectOutputs(top, [
    [1, 2, 3],
    [0.5, 0.5, 0.5],
  ]);
  const archive = empty(2, "object");
  archive.set(0, outputs);
  archive.set(1, top.best);

  let job = queue.dequeue();
  while (job !== null) {
    const index = job - 11;
    const result = index < outputs.size - 1 ? (outputs.get(index) as NDArray).tolist() : "no batch";
    console.log(`job ${job}:`, result);
    job = queue.dequeue();
  }
  console.log("per-batch totals:", (outputs.get(outputs.size - 1) as NDArray).tolist());
  console.log("archived entries:", archive.size, "top layer:", top.name);
}

await main();
