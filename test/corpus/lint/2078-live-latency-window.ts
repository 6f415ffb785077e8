// Live latency chart: a rolling history buffer feeds the plot, a status bar shows the recent median and a per-minute bar summary.
// runnable
import { array, zeros, NDArray } from "ndalias";

class RollingHistory {
  readonly values: NDArray;
  private filled = 0;

  constructor(capacity: number) {
    this.values = zeros(capacity);
  }

  push(block: NDArray): void {
    const cap = this.values.size;
    const n = Math.min(block.size, cap);
    const kept = this.values.slice(`${n}:`).copy();
    this.values.assign(`:${cap - n}`, kept);
    this.values.assign(`${cap - n}:`, block.slice(`-${n}:`));
    this.filled = Math.min(cap, this.filled + n);
  }

  reset(): void {
    this.values.fill(0);
    this.filled = 0;
  }

  isWarm(): boolean {
    return this.filled === this.values.size;
  }
}

function sparkline(values: NDArray): string {
  const bars = "▁▂▃▄▅▆▇█";
  const lo = values.min();
  const span = values.max() - lo || 1;
  return (values.tolist() as number[]).map((v) => bars[Math.round(((v - lo) / span) * (bars.length - 1))]).join("");
}

function yTicks(values: NDArray, count: number): string[] {
  const lo = values.min();
  const hi = values.max();
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push((lo + ((hi - lo) * i) / (count - 1)).toFixed(3));
  return out;
}

function percentile(values: NDArray, q: number): number {
  const sorted = values.flatten();
  sorted.sort();
  return sorted.get(Math.min(sorted.size - 1, Math.floor(q * sorted.size)));
}

function minuteBars(byMinute: NDArray): string {
  const rows = byMinute.tolist() as number[][];
  return rows.map((r, i) => `min ${i}: avg ${(r.reduce((a, b) => a + b, 0) / r.length).toFixed(3)}`).join(" | ");
}

const history = new RollingHistory(8);
history.push(array([0.11, 0.12, 0.1]));
history.push(array([0.14, 0.41, 0.13, 0.12, 0.95]));
console.log("warm:", history.isWarm(), "buffer:", sparkline(history.values));

// snapshot of the samples for the plot, decoupled from the rolling buffer
const latency = history.values.copy();
latency.slice(":1").fill(latency.get(1));

console.log("alert threshold (p90):", percentile(latency, 0.9).toFixed(3));

const byMinute = latency.reshape(2, 4);
console.log("per-minute summary:", minuteBars(byMinute));

const recent = latency.slice("-5:");
console.log("recent window:", sparkline(recent));
recent.sort(); // expect: no-view-mutation
const median = recent.get(2);
console.log(`status bar: median of last 5 = ${median.toFixed(3)} s`);

latency.imul(1000); // expect: no-view-mutation
console.log("plot y ticks (ms):", yTicks(latency, 4).join(", "));
console.log("plot line:", sparkline(latency), latency.tolist());
console.log("bar chart:", minuteBars(byMinute));
history.reset();
console.log("rolling buffer cleared:", history.values.sum() === 0);
