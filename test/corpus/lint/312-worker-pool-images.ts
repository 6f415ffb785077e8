// A worker-pool simulation: tasks carry flat pixel buffers, workers compute per-image statistics concurrently, and the dispatcher logs input checksums.
// runnable
import { arange, zeros, NDArray } from "ndalias";

interface Task {
  id: number;
  pixels: NDArray;
  width: number;
}

interface Outcome {
  id: number;
  worker: number;
  rowMeans: number[];
  peak: number;
}

function processTask(task: Task, worker: number): Outcome {
  const rows = task.pixels.size / task.width;
  const image = task.pixels.reshape(rows, task.width);
  const peak = image.max();
  image.idiv(peak); // expect: no-view-mutation
  const rowMeans: number[] = [];
  for (let r = 0; r < rows; r++) {
    rowMeans.push(image.slice(r).mean());
  }
  return { id: task.id, worker, rowMeans, peak };
}

function checksum(task: Task): number {
  const weights = arange(1, task.pixels.size + 1);
  return task.pixels.mul(weights).sum();
}

class WorkerPool {
  private readonly load: NDArray;

  constructor(readonly size: number) {
    this.load = zeros(size, "int32");
  }

  async run(tasks: Task[]): Promise<Outcome[]> {
    return Promise.all(
      tasks.map(async (task, i) => {
        const worker = i % this.size;
        this.load.set(worker, this.load.get(worker) + 1);
        await new Promise<void>((resolve) => setTimeout(resolve, 1 + (task.id % 3)));
        return processTask(task, worker);
      }),
    );
  }

  utilisation(): number[] {
    const share = this.load.astype("float64");
    share.idiv(Math.max(1, this.load.sum()));
    return share.tolist() as number[];
  }
}

const tasks: Task[] = [0, 1, 2].map((id) => ({ id, pixels: arange(id * 12, id * 12 + 12), width: 4 }));
const expected = tasks.map(checksum);

const pool = new WorkerPool(2);
const outcomes = await pool.run(tasks);
for (const outcome of outcomes) {
  const input = tasks[outcome.id];
  const now = checksum(input);
  console.log(
    `task ${outcome.id} on worker ${outcome.worker}: peak ${outcome.peak}, row means ${outcome.rowMeans.map((m) => m.toFixed(3)).join(", ")}`,
  );
  console.log(`  input checksum ${now} (expected ${expected[outcome.id]})`);
}
console.log("worker utilisation:", pool.utilisation());
