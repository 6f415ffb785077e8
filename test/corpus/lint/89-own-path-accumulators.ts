// A metrics module accumulates into module-level and field buffers through their own names, resets them, and reports.
import { zeros, array, NDArray } from "ndalias";

const HISTOGRAM = zeros(5);
let samplesSeen = 0;

function record(value: number): number {
  const bin = Math.min(4, Math.max(0, Math.floor(value / 20)));
  HISTOGRAM.set(bin, HISTOGRAM.get(bin) + 1);
  samplesSeen++;
  return bin;
}

function resetHistogram(): number {
  const before = HISTOGRAM.sum();
  HISTOGRAM.fill(0);
  return before;
}

class LatencyTracker {
  private window = zeros(4);
  private cursor = 0;
  push(ms: number): number {
    this.window.set(this.cursor % 4, ms);
    this.cursor++;
    return this.window.mean();
  }
  decay(k: number): number {
    this.window.imul(k);
    return this.window.max();
  }
  snapshot(): NDArray {
    return this.window.copy();
  }
}

const latencies = array([12, 45, 33, 87, 99, 5]);
const tracker = new LatencyTracker();
for (let i = 0; i < latencies.size; i++) {
  record(latencies.get(i));
  tracker.push(latencies.get(i));
}
const snap = tracker.snapshot();
console.log("histogram:", HISTOGRAM.tolist(), "seen:", samplesSeen);
console.log("decayed max:", tracker.decay(0.5), "snapshot:", snap.tolist());
console.log("cleared:", resetHistogram(), "now:", HISTOGRAM.sum());
