// Job scheduler: tasks form a dependency tree with parent links, a FIFO queue runs them, and an object table indexes outputs.
import { empty, zeros, NDArray } from "ndalias";

class Task {
  parent: Task | null = null;
  readonly output: NDArray;
  done = false;

  constructor(readonly name: string, size: number, readonly cost: number) {
    this.output = zeros(size);
  }

  async run(): Promise<number> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const inherited = this.parent ? this.parent.output.mean() : 0;
    this.output.fill(this.cost);
    this.output.iadd(inherited);
    this.done = true;
    return this.output.sum();
  }
}

interface QueueNode {
  task: Task;
  next: QueueNode | null;
}

class TaskQueue {
  private head: QueueNode | null = null;
  private tail: QueueNode | null = null;
  size = 0;

  enqueue(task: Task): void {
    const node: QueueNode = { task, next: null };
    if (this.tail) {
      this.tail.next = node;
    } else {
      this.head = node;
    }
    this.tail = node;
    this.size++;
  }

  dequeue(): Task | null {
    const node = this.head;
    if (!node) return null;
    this.head = node.next;
    if (!this.head) this.tail = null;
    this.size--;
    return node.task;
  }
}

function buildTree(names: string[], size: number): Task[] {
  const root = new Task(names[0], size, 1);
  const tasks: Task[] = [root];
  for (let i = 1; i < names.length; i++) {
    const child = new Task(names[i], size, i + 1);
    child.parent = i % 2 === 0 ? tasks[i - 1] : root;
    tasks.push(child);
  }
  return tasks;
}

function indexOutputs(tasks: Task[]): NDArray {
  const table = empty(tasks.length, "object");
  tasks.forEach((task, i) => {
    table.set(i, task.output);
  });
  const index = empty(2, "object");
  index.set(0, table);
  index.set(1, zeros(tasks.length));
  return index;
}

async function schedule(tasks: Task[]): Promise<Record<string, number>> {
  const queue = new TaskQueue();
  for (const task of tasks) queue.enqueue(task);
  const totals: Record<string, number> = {};
  let task = queue.dequeue();
  while (task) {
    if (task.parent && !task.parent.done) {
      throw new Error(`task ${task.name} scheduled before its parent ${task.parent.name}`);
    }
    totals[task.name] = await task.run();
    task = queue.dequeue();
  }
  return totals;
}

function depth(task: Task): number {
  let d = 0;
  let node = task.parent;
  while (node) {
    d++;
    node = node.parent;
  }
  return d;
}

const tasks = buildTree(["fetch", "parse", "validate", "enrich", "store"], 3);
const index = indexOutputs(tasks);
const totals = await schedule(tasks);
const table = index.get(0) as NDArray;
console.log("totals:", totals);
console.log("depths:", tasks.map((t) => `${t.name}=${depth(t)}`).join(", "));
console.log("indexed outputs:", tasks.map((_, i) => (table.get(i) as NDArray).tolist()));
