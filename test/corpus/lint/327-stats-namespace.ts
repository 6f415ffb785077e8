// Descriptive statistics for a frame column: quantiles, a median, winsorising and a summary record printed for one column.
import { array, NDArray } from "ndalias";

export namespace Stats {
  export function quantile(x: NDArray, q: number): number;
  export function quantile(x: NDArray, q: readonly number[]): number[];
  export function quantile(x: NDArray, q: number | readonly number[]): number | number[] {
    const sorted = x.flatten();
    sorted.sort();
    const pick = (p: number): number => sorted.get(Math.round(p * (sorted.size - 1)));
    return typeof q === "number" ? pick(q) : q.map(pick);
  }

  export function median(x: NDArray): number {
    x.flatten().sort(); // expect: no-lost-write
    const flat = x.ravel();
    return flat.get(Math.floor(flat.size / 2));
  }

  export function winsorize(x: NDArray, lo: number, hi: number): NDArray {
    for (let i = 0; i < x.size; i++) {
      x.set(i, Math.min(hi, Math.max(lo, x.get(i)))); // expect: no-alias-mutation
    }
    return x;
  }

  export function iqr(x: NDArray): number {
    const [q1, q3] = quantile(x, [0.25, 0.75]);
    return q3 - q1;
  }
}

export class Summary {
  private constructor(
    readonly count: number,
    readonly mean: number,
    readonly median: number,
    readonly iqr: number,
  ) {}

  static of(x: NDArray): Summary {
    return new Summary(x.size, x.mean(), Stats.median(x), Stats.iqr(x));
  }

  toString(): string {
    return `n=${this.count} mean=${this.mean.toFixed(2)} median=${this.median} iqr=${this.iqr}`;
  }
}

const latencyMs = array([12, 15, 11, 240, 14, 13, 16, 980, 12, 14, 15]);

console.log("p90/p99:", Stats.quantile(latencyMs, [0.9, 0.99]));
console.log("raw:", Summary.of(latencyMs).toString());

const clipped = Stats.winsorize(latencyMs, 0, Stats.quantile(latencyMs, 0.9));
console.log("clipped:", Summary.of(clipped).toString());
console.log("raw latencies:", latencyMs.tolist());
