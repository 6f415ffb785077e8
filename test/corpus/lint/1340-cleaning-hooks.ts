// Runs the nightly cleaning hooks over a metrics table: in-place clamps and fills, per-column forEach fixes, running totals and a rolling window.
import { array, zeros, NDArray } from "ndalias";

type Table = Record<string, NDArray>;

interface CleaningRules {
  floor: number;
  ceiling: number;
  fillValue: number;
}

const DEFAULT_RULES: CleaningRules = { floor: 0, ceiling: 1000, fillValue: 0 };

const RUNNING_TOTALS = zeros(4);

/** Clamps every value of the column into [lo, hi], in place. */
function clampInPlace(col: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < col.size; i++) {
    const v = col.data[i] as number;
    col.data[i] = Math.min(hi, Math.max(lo, v));
  }
}

/** Replaces NaN cells with a fixed value, in place. */
function fillNaNInPlace(col: NDArray, value: number): void {
  for (let i = 0; i < col.size; i++) {
    if (Number.isNaN(col.get(i))) {
      col.set(i, value);
    }
  }
}

function resetHead(col: NDArray, n: number): void {
  const head = col.slice(`0:${n}`);
  head.fill(0);
}

export function accumulate(batch: NDArray): number {
  RUNNING_TOTALS.iadd(batch);
  return RUNNING_TOTALS.sum();
}

class RollingWindow {
  private buf: NDArray;
  private filled = 0;

  constructor(size: number) {
    this.buf = zeros(size);
  }

  push(value: number): void {
    const size = this.buf.size;
    for (let i = 0; i < size - 1; i++) {
      this.buf.set(i, this.buf.get(i + 1) as number);
    }
    this.buf.set(size - 1, value);
    this.filled = Math.min(this.filled + 1, size);
  }

  mean(): number {
    if (this.filled === 0) {
      return NaN;
    }
    return this.buf.slice(`${this.buf.size - this.filled}:`).mean();
  }

  scale(factor: number): number {
    this.buf.imul(factor);
    return this.buf.max();
  }
}

const rules: CleaningRules = { ...DEFAULT_RULES, ceiling: 500 };
const table: Table = {
  latency: array([120, NaN, 870, 45]),
  errors: array([3, 0, -1, 12]),
  bytes: array([2048, 512, NaN, 4096]),
};

for (const [name, col] of Object.entries(table)) {
  console.log("raw", name, col.tolist());
}

Object.values(table).forEach((col) => {
  fillNaNInPlace(col, rules.fillValue);
  clampInPlace(col, rules.floor, rules.ceiling);
});
resetHead(table.errors, 1);

const window = new RollingWindow(3);
for (const name of Object.keys(table)) {
  const col = table[name];
  console.log("clean", name, col.tolist(), "running total", accumulate(col));
  window.push(col.mean());
}
console.log("rolling mean of column means:", window.mean().toFixed(2));
console.log("scaled window max:", window.scale(0.5));
console.log("running totals:", RUNNING_TOTALS.tolist());
