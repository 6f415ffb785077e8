// Job scheduler: a doubly linked run queue of job descriptors, result slots that hold output tensors, and a per-run output table.
import { zeros, empty, NDArray } from "ndalias";

// Queue nodes carry only ids and priorities; outputs live in ResultSlot.
class JobNode {
  prev: JobNode | null = null;
  next: JobNode | null = null;
  constructor(readonly jobId: string, readonly priority: number) {}
}

class ResultSlot {
  output: NDArray | null = null;
  attempts = 0;
  constructor(readonly jobId: string, readonly width: number) {}
}

export class RunQueue {
  private head: JobNode | null = null;
  private tail: JobNode | null = null;
  private readonly slots = new Map<string, ResultSlot>();

  push(jobId: string, priority: number, width: number): ResultSlot {
    const node = new JobNode(jobId, priority);
    let after = this.tail;
    while (after !== null && after.priority < priority) after = after.prev;
    node.prev = after;
    node.next = after === null ? this.head : after.next;
    if (node.next !== null) node.next.prev = node;
    else this.tail = node;
    if (after !== null) after.next = node;
    else this.head = node;
    const slot = this.slots.get(jobId) ?? new ResultSlot(jobId, width);
    this.slots.set(jobId, slot);
    return slot;
  }

  pop(): JobNode | null {
    const node = this.head;
    if (node === null) return null;
    this.head = node.next;
    if (this.head !== null) this.head.prev = null;
    else this.tail = null;
    node.next = null;
    return node;
  }

  slot(jobId: string): ResultSlot | undefined {
    return this.slots.get(jobId);
  }

  get pending(): number {
    let n = 0;
    for (let node = this.head; node !== null; node = node.next) n += 1;
    return n;
  }
}

function execute(jobId: string, width: number, attempt: number): NDArray {
  if (jobId.endsWith("-flaky") && attempt === 1) throw new Error(`${jobId} timed out`);
  const out = zeros(width);
  for (let i = 0; i < width; i++) out.set(i, (jobId.length * (i + 1)) % 7);
  return out;
}

export function runAll(queue: RunQueue, maxAttempts: number): NDArray {
  const finished: ResultSlot[] = [];
  for (let node = queue.pop(); node !== null; node = queue.pop()) {
    const slot = queue.slot(node.jobId);
    if (slot === undefined) continue;
    slot.attempts += 1;
    try {
      slot.output = execute(node.jobId, slot.width, slot.attempts);
      finished.push(slot);
    } catch (err) {
      console.warn(`job ${node.jobId}: ${(err as Error).message}`);
      if (slot.attempts < maxAttempts) queue.push(node.jobId, node.priority - 1, slot.width);
    }
  }
  const table = empty(finished.length, "object");
  finished.forEach((slot, i) => {
    table.set(i, slot.output);
  });
  return table;
}

const queue = new RunQueue();
queue.push("ingest", 5, 3);
queue.push("train-flaky", 9, 3);
queue.push("report", 1, 3);
console.log("pending:", queue.pending);
const table = runAll(queue, 2);
for (let i = 0; i < table.size; i++) {
  const out: NDArray = table.get(i);
  console.log(`output ${i}:`, out.tolist());
}
