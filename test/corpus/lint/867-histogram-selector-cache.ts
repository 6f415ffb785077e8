// Memoised selectors for a histogram panel: each selector derives fresh arrays from the store, writes into them, and caches them by input identity.
import { array, zeros, NDArray } from "ndalias";

class CachedSelector {
  private lastInput: NDArray | null = null;
  private lastOutput: NDArray | null = null;
  hits = 0;

  constructor(private readonly derive: (input: NDArray) => NDArray) {}

  select(input: NDArray): NDArray {
    if (this.lastInput === input && this.lastOutput !== null) {
      this.hits++;
      return this.lastOutput;
    }
    this.lastInput = input;
    this.lastOutput = this.derive(input);
    return this.lastOutput;
  }
}

const BINS = 5;

function histogram(values: NDArray): NDArray {
  const counts = zeros(BINS, "int32");
  const lo = values.min();
  const width = (values.max() - lo) / BINS || 1;
  for (let i = 0; i < values.size; i++) {
    const bin = Math.min(BINS - 1, Math.floor((values.get(i) - lo) / width));
    counts.set(bin, counts.get(bin) + 1);
  }
  return counts;
}

function cumulativeShare(values: NDArray): NDArray {
  const counts = histogram(values).astype("float64");
  for (let i = 1; i < counts.size; i++) {
    counts.set(i, counts.get(i) + counts.get(i - 1));
  }
  counts.idiv(values.size);
  return counts;
}

function sortedForQuantiles(values: NDArray): NDArray {
  const sorted = values.flatten();
  sorted.sort();
  return sorted;
}

function clippedOutliers(values: NDArray): NDArray {
  const sorted = sortedForQuantiles(values);
  const cap = sorted.get(Math.floor(0.9 * (sorted.size - 1)));
  const clipped = values.copy();
  for (let i = 0; i < clipped.size; i++) {
    if (clipped.get(i) > cap) clipped.set(i, cap);
  }
  return clipped;
}

function topBins(values: NDArray): NDArray {
  const counts = histogram(values);
  const order = (counts.tolist() as number[]).map((c, i) => [c, i]).sort((a, b) => b[0] - a[0]);
  const top = counts.astype("float64").take(order.slice(0, 2).map(([, i]) => i));
  top.imul(100 / values.size);
  return top;
}

const selectHistogram = new CachedSelector(histogram);
const selectCumulative = new CachedSelector(cumulativeShare);
const selectSorted = new CachedSelector(sortedForQuantiles);
const selectClipped = new CachedSelector(clippedOutliers);
const selectTopBins = new CachedSelector(topBins);

function renderPanel(latencies: NDArray): void {
  const counts = selectHistogram.select(latencies).tolist() as number[];
  counts.forEach((c, i) => console.log(`  bin ${i}: ${"#".repeat(c)}`));
  const share = selectCumulative.select(latencies).tolist() as number[];
  console.log("  cumulative:", share.map((s) => s.toFixed(2)).join(" "));
  const sorted = selectSorted.select(latencies);
  console.log("  p50:", sorted.get(Math.floor(sorted.size / 2)), "max:", sorted.get(sorted.size - 1));
  console.log("  clipped mean:", selectClipped.select(latencies).mean().toFixed(1));
  console.log("  top bins (%):", selectTopBins.select(latencies).tolist());
}

let latencies = array([120, 95, 310, 101, 88, 97, 450, 130, 115, 99, 105, 240]);
console.log("first render");
renderPanel(latencies);
console.log("re-render with the same store");
renderPanel(latencies);

const next = latencies.copy();
next.set(2, 140);
next.set(6, 160);
latencies = next;
console.log("render after an immutable update");
renderPanel(latencies);
console.log("cache hits:", selectHistogram.hits + selectSorted.hits + selectClipped.hits);
console.log("store order kept:", latencies.tolist());
