// Memoises per-dataset normalisation statistics and hands out private copies that callers adjust freely before standardising samples.
import { array, zeros, NDArray } from "ndalias";

type Stats = { mean: NDArray; std: NDArray };

const DATASETS: Record<string, number[][]> = {
  sensors: [
    [20.1, 0.51, 1013],
    [21.4, 0.48, 1009],
    [19.8, 0.55, 1016],
    [22.0, 0.47, 1011],
  ],
  prices: [
    [101.5, 3.2, 0.0],
    [99.0, 3.4, 0.0],
    [103.2, 3.1, 0.0],
  ],
};

const STATS_CACHE = new Map<string, Stats>();
let computeCount = 0;

function computeStats(rows: number[][]): Stats {
  const data = array(rows);
  const columns = data.shape[1];
  const mean = zeros(columns);
  const std = zeros(columns);
  for (let j = 0; j < columns; j++) {
    const col = data.slice(":", j);
    const mu = col.mean();
    const dev = col.sub(mu);
    mean.set(j, mu);
    std.set(j, Math.sqrt(dev.mul(dev).mean()));
  }
  computeCount++;
  return { mean, std };
}

function cachedStats(name: string): Stats {
  let s = STATS_CACHE.get(name);
  if (s === undefined) {
    s = computeStats(DATASETS[name]);
    STATS_CACHE.set(name, s);
  }
  return s;
}

// Public accessor: never exposes the cached arrays themselves.
export function statsFor(name: string): Stats {
  const s = cachedStats(name);
  return { mean: s.mean.copy(), std: s.std.copy() };
}

export function standardise(name: string, sample: NDArray): NDArray {
  const { mean, std } = statsFor(name);
  for (let j = 0; j < std.size; j++) {
    if (std.get(j) === 0) std.set(j, 1);
  }
  return sample.sub(mean).div(std);
}

export function shiftedMean(name: string, offset: number): NDArray {
  const shifted = cachedStats(name).mean.copy();
  shifted.iadd(offset);
  return shifted;
}

console.log("sensor z:", standardise("sensors", array([21.0, 0.5, 1012])).tolist());
console.log("price z:", standardise("prices", array([100.0, 3.3, 0.0])).tolist());
console.log("sensor mean +1:", shiftedMean("sensors", 1).tolist());

// Inspect, then recalibrate the cached spread in place for all later callers.
const entry = cachedStats("sensors");
const spreadBefore = entry.std;
console.log("spread before recalibration:", spreadBefore.tolist());
entry.std.imul(1.05);
console.log("spread after recalibration:", entry.std.tolist());

// A what-if on a copy taken before editing.
const baseline = entry.mean;
const whatIf = baseline.copy();
whatIf.set(0, whatIf.get(0) + 2.5);
console.log("what-if mean:", whatIf.tolist(), "baseline mean:", baseline.tolist());

const privateStats = statsFor("prices");
privateStats.mean.fill(0);
console.log("private zeroed mean:", privateStats.mean.tolist());
console.log("cached price mean:", statsFor("prices").mean.tolist(), "computed:", computeCount);
