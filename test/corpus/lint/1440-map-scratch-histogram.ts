// Per-channel histograms built in scratch buffers cached in a Map and reused across batches, with drift between consecutive batches.
import { array, zeros, NDArray } from "ndalias";

const scratch = new Map<string, NDArray>();
const touched = new Set<string>();

function scratchFor(key: string, size: number): NDArray {
  let buf = scratch.get(key);
  if (buf === undefined || buf.size !== size) {
    buf = zeros(size);
    scratch.set(key, buf);
  }
  touched.add(key);
  return buf;
}

function argmax(x: NDArray): number {
  let best = 0;
  for (let i = 1; i < x.size; i++) {
    if (x.get(i) > x.get(best)) best = i;
  }
  return best;
}

function histogram(channel: string, samples: NDArray, bins: number, lo: number, hi: number): void {
  const counts = scratchFor(`${channel}:counts`, bins);
  const previous = counts.copy();
  counts.fill(0);
  const width = (hi - lo) / bins;
  for (let i = 0; i < samples.size; i++) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor((samples.get(i) - lo) / width)));
    counts.data[b] = (counts.data[b] as number) + 1;
  }

  const density = scratchFor(`${channel}:density`, bins);
  density.assign(":", counts);
  density.idiv(samples.size * width);

  const drift = counts.sub(previous);
  drift.imul(drift);
  const summary = counts;
  console.log(`${channel} counts:`, summary.tolist(), "peak bin:", argmax(summary));
  console.log(`${channel} density:`, (density.tolist() as number[]).map((d) => d.toFixed(3)).join(" "));
  console.log(`${channel} drift from last batch:`, Math.sqrt(drift.sum()).toFixed(2));
}

function decayCounts(channel: string, factor: number): void {
  const counts = scratch.get(`${channel}:counts`);
  if (counts === undefined) return;
  counts.imul(factor);
}

function clearChannel(channel: string): void {
  for (const key of [...touched]) {
    if (key.startsWith(`${channel}:`)) {
      scratch.get(key)?.fill(0);
      touched.delete(key);
    }
  }
}

const batches: Record<string, number[][]> = {
  temperature: [
    [21.5, 22.0, 23.4, 22.8, 21.9, 24.1],
    [22.2, 23.0, 25.6, 24.9, 23.3, 26.0],
  ],
  humidity: [
    [0.41, 0.43, 0.47, 0.52, 0.49, 0.45],
    [0.55, 0.58, 0.61, 0.57, 0.60, 0.62],
  ],
};

const ranges: Record<string, [number, number]> = {
  temperature: [20, 28],
  humidity: [0.4, 0.65],
};

for (let round = 0; round < 2; round++) {
  for (const channel of Object.keys(batches)) {
    const [lo, hi] = ranges[channel];
    histogram(channel, array(batches[channel][round]), 4, lo, hi);
    decayCounts(channel, 0.5);
  }
}

console.log("scratch buffers cached:", scratch.size, "touched keys:", [...touched].sort().join(", "));
clearChannel("humidity");
console.log("after clearing humidity:", touched.size, "keys still touched");
for (const [key, buf] of scratch) {
  console.log(`  ${key}: total ${buf.sum().toFixed(3)}`);
}
