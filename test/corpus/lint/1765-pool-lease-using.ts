// A scratch-buffer pool with scoped leases: each request leases a zeroed buffer, fills and reads it, and returns it on scope exit.
import { array, zeros, NDArray, memoryStats } from "ndalias";

class BufferPool {
  private readonly free: NDArray[] = [];
  private leased = 0;

  constructor(readonly size: number) {}

  take(): NDArray {
    this.leased++;
    return this.free.pop() ?? zeros(this.size);
  }

  give(buffer: NDArray): void {
    this.leased--;
    this.free.push(buffer);
  }

  get outstanding(): number {
    return this.leased;
  }

  get idle(): number {
    return this.free.length;
  }

  drain(): number {
    let released = 0;
    while (this.free.length > 0) {
      this.free.pop()?.dispose();
      released++;
    }
    return released;
  }
}

class Lease implements Disposable {
  readonly buf: NDArray;

  constructor(private readonly pool: BufferPool) {
    this.buf = pool.take();
    this.buf.fill(0);
  }

  [Symbol.dispose](): void {
    this.pool.give(this.buf);
  }
}

const WIDTH = 8;
const pool = new BufferPool(WIDTH);

export function movingAverage(signal: NDArray, span: number): NDArray {
  using lease = new Lease(pool);
  for (let i = 0; i < signal.size; i++) {
    let total = 0;
    let count = 0;
    for (let j = Math.max(0, i - span + 1); j <= i; j++) {
      total += signal.get(j);
      count++;
    }
    lease.buf.set(i, total / count);
  }
  return lease.buf.copy();
}

export function energy(signal: NDArray): number {
  using lease = new Lease(pool);
  lease.buf.assign(":", signal);
  lease.buf.imul(signal);
  return lease.buf.sum();
}

export function histogram(signal: NDArray, lo: number, hi: number): number[] {
  using lease = new Lease(pool);
  const bins = lease.buf.size;
  const width = (hi - lo) / bins;
  for (let i = 0; i < signal.size; i++) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor((signal.get(i) - lo) / width)));
    lease.buf.set(b, lease.buf.get(b) + 1);
  }
  return lease.buf.tolist() as number[];
}

function describe(name: string, signal: NDArray): void {
  const smooth = movingAverage(signal, 3);
  try {
    console.log(`${name} smoothed:`, smooth.tolist());
    console.log(`${name} energy:`, energy(signal));
    console.log(`${name} histogram:`, histogram(signal, -2, 2));
  } finally {
    smooth.dispose();
  }
}

const requests = [
  array([0.5, 1.5, -0.5, 0.25, 1.0, -1.25, 0.75, 0.0]),
  array([-1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 1.0, 0.5]),
  array([1.9, -1.9, 1.9, -1.9, 0.1, -0.1, 0.0, 0.0]),
];

for (let r = 0; r < requests.length; r++) {
  describe(`request ${r}`, requests[r]);
  console.log("pool idle:", pool.idle, "outstanding:", pool.outstanding);
}

{
  using first = new Lease(pool);
  using second = new Lease(pool);
  first.buf.assign(":", requests[0]);
  second.buf.assign(":", requests[1]);
  second.buf.isub(first.buf);
  console.log("difference of the first two requests:", second.buf.tolist());
  console.log("first request, pooled copy:", first.buf.tolist());
}

for (const req of requests) {
  req.dispose();
}
console.log("released buffers:", pool.drain(), "live storages:", memoryStats().storages);
