// Inference batching queue: callers submit feature rows, a flush centres the pending batch and resolves each caller's score.
import { array, zeros, NDArray } from "ndalias";

const DIM = 4;
const MAX_FEATURE = 50;

interface Waiter {
  id: number;
  resolve: (score: number) => void;
}

interface QueueStats {
  flushes: number;
  rowsServed: number;
  lastChecksum: number;
  meanBatchScore: number;
}

class BatchQueue {
  private buffer: NDArray;
  private count = 0;
  private waiting: Waiter[] = [];
  private flushes = 0;
  private rowsServed = 0;
  private scoreTotal = 0;
  lastChecksum = 0;

  constructor(private readonly capacity: number, private readonly weights: NDArray) {
    this.buffer = zeros([capacity, DIM]);
  }

  submit(id: number, row: NDArray): Promise<number> {
    if (row.size !== DIM) {
      return Promise.reject(new Error(`row ${id} has ${row.size} features, expected ${DIM}`));
    }
    if (row.max() > MAX_FEATURE) {
      row.copy().imul(MAX_FEATURE / row.max()); // expect: no-lost-write
    }
    this.buffer.assign(this.count, row);
    this.count++;
    return new Promise<number>((resolve) => {
      this.waiting.push({ id, resolve });
      if (this.count === this.capacity) {
        void this.flush();
      }
    });
  }

  async flush(): Promise<number> {
    const n = this.count;
    if (n === 0) return 0;

    const active = this.buffer.slice(`0:${n}`);
    const colMeans = zeros(DIM);
    for (let j = 0; j < DIM; j++) {
      colMeans.set(j, active.slice(":", j).mean());
    }
    active.isub(colMeans); // expect: no-view-mutation

    const batch = this.waiting.splice(0, n);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const score = active.slice(i).mul(this.weights).sum();
      total += score;
      batch[i].resolve(score);
    }

    this.lastChecksum = this.buffer.sum();
    this.buffer.fill(0);
    this.count = 0;
    this.flushes++;
    this.rowsServed += n;
    this.scoreTotal += total;
    return total;
  }

  stats(): QueueStats {
    return {
      flushes: this.flushes,
      rowsServed: this.rowsServed,
      lastChecksum: this.lastChecksum,
      meanBatchScore: this.flushes === 0 ? 0 : this.scoreTotal / this.flushes,
    };
  }
}

function parseRow(line: string): NDArray {
  const values = line.split(",").map((v) => Number.parseFloat(v.trim()));
  const row = array(values);
  for (let i = 0; i < row.size; i++) {
    if (Number.isNaN(row.get(i))) row.set(i, 0);
  }
  return row;
}

async function serve(lines: string[], queue: BatchQueue): Promise<number[]> {
  const pending: Promise<number>[] = [];
  lines.forEach((line, id) => {
    pending.push(queue.submit(id, parseRow(line)));
  });
  await new Promise<void>((resolve) => setImmediate(resolve));
  await queue.flush();
  return Promise.all(pending);
}

const queue = new BatchQueue(3, array([0.1, 0.2, 0.3, 0.4]));
const scores = await serve(["1,2,3,4", "4,3,2,1", "0,0,80,1", "2,x,2,2"], queue);
console.log("scores:", scores.map((s) => s.toFixed(3)));
console.log("queue stats:", queue.stats());
