// Flags anomalous points in service latency series with early-exit mask builders and converts the series to microseconds.
import { array, zeros, NDArray } from "ndalias";

interface MaskOptions {
  threshold?: number;
  minPoints?: number;
  ignoreFirst?: boolean;
}

function anomalyMask(series: NDArray, { threshold, minPoints = 3, ignoreFirst = false }: MaskOptions = {}): NDArray {
  const mask = zeros(series.size, "uint8");
  if (series.size < minPoints) return mask;
  const mu = series.mean();
  const spread = series.max() - series.min();
  if (spread === 0) return mask;
  const limit = threshold ?? spread / 2;
  for (let i = ignoreFirst ? 1 : 0; i < series.size; i++) {
    if (Math.abs((series.get(i) as number) - mu) > limit) {
      mask.set(i, 1);
    }
  }
  return mask;
}

function firstFlag(mask: NDArray): number {
  for (let i = 0; i < mask.size; i++) {
    if (mask.get(i)) return i;
  }
  return -1;
}

function pickSeries(primary: NDArray, fallback: NDArray): NDArray {
  if (primary.size > 0 && Number.isFinite(primary.sum())) return primary;
  return fallback;
}

function flaggedValues(series: NDArray, mask: NDArray): number[] {
  const out: number[] = [];
  (mask.tolist() as number[]).forEach((m, i) => {
    if (m) out.push(series.get(i) as number);
  });
  return out;
}

const services: Record<string, number[]> = {
  api: [12, 14, 13, 90, 15, 12, 14, 13],
  db: [3, 3, 3, 3],
  cache: [1, 1],
  search: [40, 42, 39, 41, 120, 38, 200, 40],
};

const report: string[] = [];
for (const [name, values] of Object.entries(services)) {
  const series = array(values);
  const mask = anomalyMask(series, { ignoreFirst: name === "search" });
  const first = firstFlag(mask);
  if (first < 0) {
    report.push(`${name}: clean`);
    continue;
  }
  report.push(`${name}: first anomaly at ${first}, values ${flaggedValues(series, mask).join("/")}`);
}
console.log(report.join("\n"));

// Convert the API series to microseconds; the even-sample view is only used before the conversion.
const latency = array(services.api);
const evenSamples = latency.slice("::2");
console.log("even-sample mean (ms):", evenSamples.mean());
latency.imul(1000);
const tail = latency.slice("-3:");
console.log("tail (us):", tail.tolist(), "total (us):", latency.sum());

// Use the primary series unless it is empty; the chosen alias is only read.
const primary = array([]);
const backup = array([5, 6, 7]);
const chosen = pickSeries(primary, backup);
console.log("chosen mean:", chosen.mean(), "backup max:", backup.max());

// Mark the flagged points as missing in a cleaned copy, keeping the raw series intact.
const raw = array(services.search);
const cleaned = raw.copy();
const searchMask = anomalyMask(raw);
for (let i = 0; i < cleaned.size; i++) {
  if (searchMask.get(i)) cleaned.set(i, Number.NaN);
}
console.log("cleaned:", cleaned.tolist(), "raw:", raw.tolist());
