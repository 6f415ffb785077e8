// Accumulates per-region histograms and moments of a soil-moisture raster across acquisition dates, reusing module and class buffers.
import { array, zeros, full, NDArray } from "ndalias";

const BINS = 5;
const RANGE: [number, number] = [0, 0.5];

/** Shared histogram buffer, reset on each call. */
const HIST = zeros(BINS);

export function histogram(values: NDArray): NDArray {
  HIST.fill(0);
  const width = (RANGE[1] - RANGE[0]) / BINS;
  for (let i = 0; i < values.size; i++) {
    const v = values.data[i] as number;
    if (Number.isNaN(v)) continue;
    const b = Math.min(BINS - 1, Math.max(0, Math.floor((v - RANGE[0]) / width)));
    HIST.set(b, HIST.get(b) + 1);
  }
  return HIST.copy();
}

export class RegionAccumulator {
  private sums: NDArray;
  private sumsSq: NDArray;
  private counts: NDArray;
  private hist: NDArray;

  constructor(readonly regions: string[]) {
    this.sums = zeros(regions.length);
    this.sumsSq = zeros(regions.length);
    this.counts = zeros(regions.length);
    this.hist = zeros([regions.length, BINS]);
  }

  add(region: number, values: NDArray): number {
    const clean = values.flatten();
    let n = 0;
    let s = 0;
    let s2 = 0;
    for (const v of clean.tolist() as number[]) {
      if (Number.isNaN(v)) continue;
      n++;
      s += v;
      s2 += v * v;
    }
    this.sums.set(region, this.sums.get(region) + s);
    this.sumsSq.set(region, this.sumsSq.get(region) + s2);
    this.counts.set(region, this.counts.get(region) + n);
    const h = histogram(values);
    for (let b = 0; b < BINS; b++) {
      this.hist.set([region, b], this.hist.get(region, b) + h.get(b));
    }
    return n;
  }

  means(): NDArray {
    return this.sums.div(this.counts);
  }

  stdDevs(): NDArray {
    const mean = this.means();
    const variance = this.sumsSq.div(this.counts);
    variance.isub(mean.mul(mean));
    for (let i = 0; i < variance.size; i++) {
      variance.data[i] = Math.sqrt(Math.max(0, variance.data[i] as number));
    }
    return variance;
  }

  histogramOf(region: number): number[] {
    return this.hist.slice(region).tolist() as number[];
  }
}

const moistureDates = [
  array([
    [0.12, 0.18, 0.31, 0.44],
    [0.1, 0.22, 0.35, Number.NaN],
    [0.08, 0.2, 0.29, 0.41],
  ]),
  array([
    [0.15, 0.21, 0.33, 0.47],
    [0.14, 0.25, 0.38, 0.45],
    [Number.NaN, 0.19, 0.3, 0.4],
  ]),
];

const acc = new RegionAccumulator(["west", "east"]);
for (const scene of moistureDates) {
  const west = scene.slice(":, :2");
  const east = scene.slice(":, 2:");
  acc.add(0, west);
  acc.add(1, east);
}

// per-date working arrays: each is its own allocation
const wetMask = full(moistureDates[0].shape, 0, "uint8");
const drying = moistureDates[0].sub(moistureDates[1]);
const latest = moistureDates[1].copy();
wetMask.assign(":, 2:", 1);
drying.imul(-1);
latest.set([1, 3], latest.get(0, 3));

console.log("means:", acc.means().tolist());
console.log("std devs:", acc.stdDevs().tolist());
console.log("west histogram:", acc.histogramOf(0), "east histogram:", acc.histogramOf(1));
console.log("whole-scene histogram:", histogram(latest).tolist());
console.log("wet mask:", wetMask.tolist());
console.log("wetting since first date:", drying.tolist());
console.log("latest (gap filled):", latest.tolist());
console.log("first date unchanged:", moistureDates[0].tolist());
