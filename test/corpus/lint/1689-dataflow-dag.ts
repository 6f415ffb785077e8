// Evaluates a small dataflow DAG of array operations in dependency order; every task owns its output buffer and reads its inputs' outputs.
import { array, zeros, NDArray } from "ndalias";

type Op = "source" | "sum" | "scale" | "relu" | "diff";

class Task {
  readonly deps: Task[] = [];
  readonly output: NDArray;
  runs = 0;

  constructor(
    readonly name: string,
    readonly op: Op,
    size: number,
    readonly factor = 1,
  ) {
    this.output = zeros(size);
  }

  after(...others: Task[]): this {
    for (const other of others) {
      if (!this.deps.includes(other)) this.deps.push(other);
    }
    return this;
  }

  run(inputs: Map<string, NDArray>): void {
    this.output.fill(0);
    switch (this.op) {
      case "source": {
        const given = inputs.get(this.name);
        if (given !== undefined) this.output.iadd(given);
        break;
      }
      case "sum":
        for (const dep of this.deps) this.output.iadd(dep.output);
        break;
      case "scale":
        this.output.iadd(this.deps[0].output.mul(this.factor));
        break;
      case "relu": {
        const x = this.deps[0].output;
        for (let i = 0; i < x.size; i++) this.output.set(i, Math.max(0, x.get(i) as number));
        break;
      }
      case "diff":
        this.output.iadd(this.deps[0].output.sub(this.deps[1].output));
        break;
    }
    this.runs++;
  }
}

class Scheduler {
  private readonly tasks = new Map<string, Task>();

  add(task: Task): Task {
    this.tasks.set(task.name, task);
    return task;
  }

  order(): Task[] {
    const done = new Set<Task>();
    const visiting = new Set<Task>();
    const out: Task[] = [];
    const visit = (task: Task): void => {
      if (done.has(task)) return;
      if (visiting.has(task)) throw new Error(`dependency cycle at ${task.name}`);
      visiting.add(task);
      for (const dep of task.deps) visit(dep);
      visiting.delete(task);
      done.add(task);
      out.push(task);
    };
    for (const task of this.tasks.values()) visit(task);
    return out;
  }

  execute(inputs: Map<string, NDArray>): void {
    for (const task of this.order()) task.run(inputs);
  }

  get(name: string): Task {
    const task = this.tasks.get(name);
    if (task === undefined) throw new Error(`no task ${name}`);
    return task;
  }
}

const sched = new Scheduler();
const a = sched.add(new Task("a", "source", 4));
const b = sched.add(new Task("b", "source", 4));
const total = sched.add(new Task("total", "sum", 4).after(a, b));
const scaled = sched.add(new Task("scaled", "scale", 4, -0.5).after(total));
const gap = sched.add(new Task("gap", "diff", 4).after(a, scaled));
sched.add(new Task("out", "relu", 4).after(gap));

const inputs = new Map<string, NDArray>([
  ["a", array([1, -2, 3, -4])],
  ["b", array([0.5, 0.5, -6, 1])],
]);
sched.execute(inputs);
const result = sched.get("out").output;
console.log("order:", sched.order().map((t) => t.name).join(" -> "));
console.log("out:", result.tolist(), "gap:", gap.output.tolist());

// Second batch: new values for source b, rerun everything; the caller's input arrays are only read.
inputs.set("b", array([2, 2, 2, 2]));
sched.execute(inputs);
console.log("out after rerun:", sched.get("out").output.tolist(), "total runs of a:", a.runs);
console.log("inputs untouched:", inputs.get("a")?.tolist(), inputs.get("b")?.tolist());
