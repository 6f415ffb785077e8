// Schedules per-row reduction jobs as closures over loop variables, runs them in rounds with retries, and builds accumulators.
import { array, zeros, NDArray } from "ndalias";

type Job = { name: string; run: () => void; attempts: number };

const matrix = array([
  [3, 1, 4, 1, 5],
  [9, 2, 6, 5, 3],
  [5, 8, 9, 7, 9],
  [3, 2, 3, 8, 4],
]);
const ROWS = matrix.shape[0];
const rowSums = zeros(ROWS);
const rowPeaks = zeros(ROWS);
const colMeans = zeros(matrix.shape[1]);
const failures: string[] = [];

function makeAccumulator(size: number): { add(v: NDArray): void; scale(k: number): void; total(): NDArray } {
  const acc = zeros(size);
  let count = 0;
  return {
    add(v: NDArray): void {
      acc.iadd(v);
      count++;
    },
    scale(k: number): void {
      acc.imul(k);
    },
    total(): NDArray {
      return count ? acc.div(count) : acc.copy();
    },
  };
}

const jobs: Job[] = [];
for (let i = 0; i < ROWS; i++) {
  jobs.push({
    name: `sum-${i}`,
    attempts: 0,
    run: () => {
      rowSums.set(i, matrix.slice(i).sum());
    },
  });
  jobs.push({
    name: `peak-${i}`,
    attempts: 0,
    run: () => {
      if (i === 2 && jobs.length > 0 && failures.length === 0) {
        failures.push(`peak-${i}`);
        throw new Error(`transient failure on row ${i}`);
      }
      rowPeaks.set(i, matrix.slice(i).max());
    },
  });
}

for (const [j, weight] of [1, 1, 1, 1, 1].entries()) {
  jobs.push({
    name: `col-${j}`,
    attempts: 0,
    run: () => {
      colMeans.set(j, (matrix.slice(":", j).sum() * weight) / ROWS);
    },
  });
}

const MAX_ATTEMPTS = 3;
let pending = [...jobs];
rounds: for (let round = 0; round < MAX_ATTEMPTS; round++) {
  const retry: Job[] = [];
  for (const job of pending) {
    job.attempts++;
    try {
      job.run();
    } catch (err) {
      if (job.attempts >= MAX_ATTEMPTS) {
        console.error("giving up on", job.name, err);
        continue;
      }
      retry.push(job);
    }
  }
  pending = retry;
  if (pending.length === 0) break rounds;
}

const rowAcc = makeAccumulator(matrix.shape[1]);
for (let i = 0; i < ROWS; i++) {
  rowAcc.add(matrix.slice(i));
}
const meanRow = rowAcc.total();
rowAcc.scale(0);

console.log("row sums:", rowSums.tolist());
console.log("row peaks:", rowPeaks.tolist());
console.log("column means:", colMeans.tolist());
console.log("mean row:", meanRow.tolist(), "matrix unchanged:", matrix.sum());
console.log("retried:", failures.join(", ") || "none", "pending:", pending.length);
