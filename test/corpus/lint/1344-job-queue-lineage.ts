// Schedules ETL jobs in a doubly linked queue, records a parent-to-child lineage tree of output buffers and archives outputs in an object-dtype store.
import { array, empty, zeros, NDArray } from "ndalias";

// Queue nodes only carry ids and timings: no array fields.
interface QueueNode {
  jobId: string;
  priority: number;
  prev: QueueNode | null;
  next: QueueNode | null;
}

class JobQueue {
  private head: QueueNode | null = null;
  private tail: QueueNode | null = null;

  enqueue(jobId: string, priority: number): void {
    const node: QueueNode = { jobId, priority, prev: null, next: null };
    if (this.tail === null) {
      this.head = node;
      this.tail = node;
      return;
    }
    node.prev = this.tail;
    this.tail.next = node;
    this.tail = node;
  }

  drain(): string[] {
    const order: string[] = [];
    for (let n = this.head; n !== null; n = n.next) {
      order.push(n.jobId);
    }
    this.head = null;
    this.tail = null;
    return order;
  }
}

// Lineage points downwards only: each node owns its children, never its parent.
class LineageNode {
  readonly children: LineageNode[] = [];
  output: NDArray;
  constructor(readonly jobId: string, width: number) {
    this.output = zeros(width);
  }
  addChild(child: LineageNode): LineageNode {
    this.children.push(child);
    return child;
  }
}

function runJob(node: LineageNode, input: NDArray, factor: number): void {
  node.output.fill(0);
  node.output.iadd(input);
  node.output.imul(factor);
}

function totals(root: LineageNode): Map<string, number> {
  const out = new Map<string, number>();
  const stack: LineageNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.set(node.jobId, node.output.sum());
    stack.push(...node.children);
  }
  return out;
}

function archive(nodes: LineageNode[]): NDArray {
  const store = empty(nodes.length, "object");
  nodes.forEach((node, i) => {
    store.set(i, node.output.copy());
  });
  return store;
}

const queue = new JobQueue();
queue.enqueue("extract", 0);
queue.enqueue("dedupe", 1);
queue.enqueue("aggregate", 2);
const order = queue.drain();

const root = new LineageNode("extract", 3);
const dedupe = root.addChild(new LineageNode("dedupe", 3));
const aggregate = dedupe.addChild(new LineageNode("aggregate", 3));
const byId: Record<string, LineageNode> = { extract: root, dedupe, aggregate };

let input = array([4, 8, 15]);
for (const jobId of order) {
  const node = byId[jobId];
  runJob(node, input, jobId === "aggregate" ? 0.5 : 1);
  input = node.output.copy();
}

for (const [jobId, total] of totals(root)) {
  console.log(`${jobId}: ${total}`);
}

const shelf = archive([root, dedupe, aggregate]);
const index = empty(2, "object");
index.set(0, "nightly");
index.set(1, shelf);
console.log("archived", (index.get(0) as string), (index.get(1) as NDArray).size, "outputs");
