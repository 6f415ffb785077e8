// Fixed-size ring buffer of range-sensor measurements with a moving average, a variance estimate and an outlier check.
import { array, zeros, NDArray } from "ndalias";

class MeasurementRing {
  private readonly buf: NDArray;
  private head = 0;
  private count = 0;

  constructor(readonly capacity: number, readonly channels: number) {
    this.buf = zeros([capacity, channels]);
  }

  push(sample: NDArray): void {
    this.buf.slice(this.head).assign(":", sample);
    this.head = (this.head + 1) % this.capacity;
    this.count = Math.min(this.count + 1, this.capacity);
  }

  ordered(): NDArray {
    const idx: number[] = [];
    const start = (this.head - this.count + this.capacity) % this.capacity;
    for (let k = 0; k < this.count; k++) idx.push((start + k) % this.capacity);
    return this.buf.take(idx, 0);
  }

  latest(): NDArray {
    const last = (this.head - 1 + this.capacity) % this.capacity;
    return this.buf.slice(last).copy();
  }

  variance(): number {
    const w = this.ordered();
    w.isub(w.mean());
    w.imul(w);
    return w.mean();
  }

  clear(): void {
    this.buf.fill(0);
    this.head = 0;
    this.count = 0;
  }
}

function isOutlier(sample: NDArray, mean: number, variance: number): boolean {
  const dev = sample.sub(mean);
  return Math.abs(dev.max()) > 3 * Math.sqrt(variance) || Math.abs(dev.min()) > 3 * Math.sqrt(variance);
}

const ring = new MeasurementRing(4, 2);
const readings = [
  array([1.02, 0.98]),
  array([1.01, 1.00]),
  array([0.99, 1.03]),
  array([1.04, 0.97]),
  array([2.80, 1.01]),
];

const snapshot = ring.ordered();
for (const r of readings) {
  const window = ring.ordered();
  const mean = window.size > 0 ? window.mean() : r.mean();
  if (window.size >= 2 && isOutlier(r, mean, ring.variance())) {
    console.log("outlier rejected:", r.tolist());
    continue;
  }
  ring.push(r);
}

const last = ring.latest();
last.imul(100);
console.log("latest (cm):", last.tolist());
console.log("window:", ring.ordered().tolist(), "before:", snapshot.tolist());
ring.clear();
