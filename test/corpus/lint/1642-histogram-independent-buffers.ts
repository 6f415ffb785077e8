// Histogram accumulators for sensor readings: each subclass owns its bins, and summaries read views created after the bins are filled.
import { array, zeros, empty, NDArray } from "ndalias";

abstract class Histogram {
  protected bins: NDArray;
  protected total = 0;

  constructor(readonly lo: number, readonly hi: number, binCount: number) {
    this.bins = zeros(binCount);
  }

  protected abstract binOf(value: number): number;

  add(values: NDArray): void {
    for (let i = 0; i < values.size; i++) {
      const b = this.binOf(values.get(i));
      if (b >= 0 && b < this.bins.size) {
        this.bins.set(b, this.bins.get(b) + 1);
        this.total += 1;
      }
    }
  }

  normalized(): NDArray {
    const p = this.bins.astype("float64");
    p.idiv(this.total || 1);
    return p;
  }

  resetAndTail(keep: number): number {
    this.bins.fill(0);
    const tail = this.bins.slice(`-${keep}:`);
    return tail.sum();
  }

  selected(indices: number[], weight: number): NDArray {
    const picked = this.bins.take(indices);
    picked.imul(weight);
    return picked;
  }

  clone(): NDArray {
    return this.bins.copy();
  }
}

class LinearHistogram extends Histogram {
  protected binOf(value: number): number {
    return Math.floor(((value - this.lo) / (this.hi - this.lo)) * this.bins.size);
  }
}

class LogHistogram extends Histogram {
  protected binOf(value: number): number {
    if (value <= 0) return -1;
    const t = (Math.log(value) - Math.log(this.lo)) / (Math.log(this.hi) - Math.log(this.lo));
    return Math.floor(t * this.bins.size);
  }

  override normalized(): NDArray {
    const p = super.normalized();
    const widths = zeros(this.bins.size);
    for (let i = 0; i < widths.size; i++) {
      widths.set(i, Math.pow(this.hi / this.lo, (i + 1) / widths.size) - Math.pow(this.hi / this.lo, i / widths.size));
    }
    return p.div(widths);
  }
}

function cumulative(h: Histogram): NDArray {
  const c = h.normalized();
  for (let i = 1; i < c.size; i++) c.set(i, c.get(i) + c.get(i - 1));
  return c;
}

function mergeInto(target: NDArray, parts: NDArray[]): void {
  for (const p of parts) target.iadd(p);
}

const readings = array([0.5, 1.2, 2.8, 3.1, 3.3, 4.9, 7.5, 9.9, 12, 15]);
const linear = new LinearHistogram(0, 16, 4);
const logarithmic = new LogHistogram(0.25, 16, 4);
linear.add(readings);
logarithmic.add(readings);

const archive = empty(2, "object");
archive.set(0, linear.clone());
archive.set(1, logarithmic.clone());

const merged = zeros(4);
mergeInto(merged, [linear.normalized(), logarithmic.normalized()]);

console.log("linear p:", linear.normalized().tolist());
console.log("log density:", logarithmic.normalized().tolist());
console.log("linear cdf:", cumulative(linear).tolist());
console.log("merged:", merged.tolist(), "weighted picks:", linear.selected([0, 3], 0.5).tolist());
console.log("archived linear bins:", (archive.get(0) as NDArray).tolist());
console.log("tail after reset:", linear.resetAndTail(2), "archived still:", (archive.get(0) as NDArray).sum());
