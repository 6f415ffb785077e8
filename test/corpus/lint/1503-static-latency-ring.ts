// A static latency ring buffer shared by all request handlers, with percentile summaries for dashboards and an alert check.
import { array, zeros, NDArray } from "ndalias";

class LatencyLog {
  static readonly capacity = 8;
  static readonly values: NDArray = zeros(8);
  static cursor = 0;
  static filled = 0;

  static push(ms: number): number {
    LatencyLog.values.set(LatencyLog.cursor, ms);
    LatencyLog.cursor = (LatencyLog.cursor + 1) % LatencyLog.capacity;
    LatencyLog.filled = Math.min(LatencyLog.filled + 1, LatencyLog.capacity);
    return LatencyLog.filled;
  }

  static window(): NDArray {
    return LatencyLog.values.slice(`:${LatencyLog.filled}`).copy();
  }

  static clear(): void {
    LatencyLog.values.fill(0);
    LatencyLog.cursor = 0;
    LatencyLog.filled = 0;
  }
}

function percentile(q: number): number {
  const sorted = LatencyLog.window();
  sorted.sort();
  const idx = Math.min(sorted.size - 1, Math.floor(q * sorted.size));
  return sorted.get(idx);
}

// Drops the fastest and slowest sample before averaging.
function trimmedMean(samples: NDArray): number {
  const ordered = samples.ravel();
  ordered.sort(); // expect: no-view-mutation
  return ordered.slice("1:-1").mean();
}

function robustMean(samples: NDArray): number {
  const ordered = samples.flatten();
  ordered.sort();
  return ordered.slice("1:-1").mean();
}

// Weights recent traffic less aggressively when deciding whether to page someone.
function shouldAlert(decay: number, thresholdMs: number): boolean {
  const weighted = LatencyLog.values;
  weighted.imul(decay); // expect: no-alias-mutation
  const level = weighted.sum() / Math.max(1, LatencyLog.filled);
  return level > thresholdMs || LatencyLog.values.max() > 3 * thresholdMs;
}

function histogram(edges: number[]): NDArray {
  const counts = zeros(edges.length + 1);
  const w = LatencyLog.window();
  for (let i = 0; i < w.size; i++) {
    let b = 0;
    while (b < edges.length && w.get(i) >= edges[b]) b++;
    counts.set(b, counts.get(b) + 1);
  }
  return counts;
}

function dashboardRow(): string {
  const w = LatencyLog.window();
  const p50 = percentile(0.5);
  const p90 = percentile(0.9);
  return `n=${w.size} mean=${w.mean().toFixed(1)} p50=${p50} p90=${p90}`;
}

const incoming = array([120, 95, 300, 110, 105, 980, 130, 99, 101]);
for (let i = 0; i < incoming.size; i++) {
  LatencyLog.push(incoming.get(i));
}

console.log(dashboardRow());
console.log("histogram <100/<200/<500/rest:", histogram([100, 200, 500]).tolist());
console.log("trimmed mean:", trimmedMean(LatencyLog.window()).toFixed(2));
console.log("robust mean:", robustMean(LatencyLog.window()).toFixed(2));
console.log("alert:", shouldAlert(0.9, 400));
console.log("after alert check:", dashboardRow());

const scratch = LatencyLog.window();
scratch.idiv(1000);
console.log("window in seconds:", scratch.tolist());

LatencyLog.clear();
console.log("cleared:", LatencyLog.values.tolist(), "filled:", LatencyLog.filled);
