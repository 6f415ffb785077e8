// Streaming feature normaliser with a pool of reusable vectors: each vector is standardised, archived as a scaled copy, and returned to the pool cleared.
// runnable
import { array, zeros, NDArray } from "ndalias";

const DIM = 4;

class VectorPool {
  private readonly free: NDArray[] = [];
  allocations = 0;

  constructor(readonly dim: number) {}

  acquire(): NDArray {
    const v = this.free.pop();
    if (v !== undefined) return v;
    this.allocations++;
    return zeros(this.dim);
  }

  /** Returns a vector to the pool; it must come back zeroed. */
  release(v: NDArray): void {
    v.copy().fill(0); // expect: no-lost-write
    this.free.push(v);
  }

  get idle(): number {
    return this.free.length;
  }
}

const archive: NDArray[] = [];
const runningTotal = zeros(DIM);

/** Standardises the vector in place with the given per-feature statistics. */
function standardise(v: NDArray, mu: NDArray, sd: NDArray): void {
  const centred = v.sub(mu);
  centred.idiv(sd); // expect: no-lost-write
}

function archiveScaled(v: NDArray, scale: number): void {
  const stored = v.copy();
  stored.imul(scale);
  archive.push(stored);
}

function clipInPlace(v: NDArray, limit: number): void {
  for (let i = 0; i < v.size; i++) {
    const x = v.get(i);
    if (x > limit) v.set(i, limit);
    else if (x < -limit) v.set(i, -limit);
  }
}

const mu = array([10, 0.5, 100, -2]);
const sd = array([2, 0.1, 25, 1]);
const stream: number[][] = [
  [12, 0.45, 130, -1.5],
  [9, 0.62, 80, -2.4],
  [11, 0.5, 175, -3.1],
  [8, 0.38, 95, -0.2],
];

const pool = new VectorPool(DIM);
for (const row of stream) {
  const v = pool.acquire();
  v.assign(":", array(row));
  standardise(v, mu, sd);
  clipInPlace(v, 3);
  archiveScaled(v, 0.5);
  runningTotal.iadd(v);
  pool.release(v);
}

console.log("allocations:", pool.allocations, "idle vectors:", pool.idle);
console.log("archived rows:", archive.length);
for (const [k, row] of archive.entries()) {
  console.log(`  row ${k}:`, (row.tolist() as number[]).map((x) => x.toFixed(2)).join(" "));
}
console.log("running total:", runningTotal.tolist());

const leftover = pool.acquire();
console.log("recycled vector is zero:", leftover.tolist(), "sum", leftover.sum());
pool.release(leftover);
