// Cleans a week of greenhouse temperature logs: removes sensor spikes, baseline-corrects single days and prints a summary.
import { array, NDArray } from "ndalias";

const SAMPLES_PER_DAY = 6;
const WEEK = array([
  [14.1, 13.8, 19.5, 24.2, 22.0, 16.3],
  [13.9, 13.5, 20.1, 85.0, 23.4, 16.8],
  [14.4, 14.0, 18.7, 23.9, 21.7, 15.9],
  [12.8, 12.9, 17.2, 22.5, 20.9, 15.1],
]);

export function asFloat(x: NDArray): NDArray {
  return x.dtype === "float64" ? x : x.astype("float64");
}

export function dailyRange(day: NDArray): number {
  return day.max() - day.min();
}

function spikeLimit(series: NDArray): number {
  const d = series.slice("1:").sub(series.slice(":-1"));
  const mad = Math.sqrt(d.mul(d).mean());
  return Math.max(5, 3 * mad);
}

// a day relative to its early-morning level, as a fresh array (used for the plots)
export function relativeDay(d: number, nBaseline = 2): NDArray {
  const rel = WEEK.slice(d).copy();
  rel.isub(rel.slice(`0:${nBaseline}`).mean());
  return rel;
}

// baseline-corrects one logged day and returns the daytime warming
export function warmingOf(d: number, nBaseline = 2): number {
  if (d < 0 || d >= WEEK.shape[0]) return Number.NaN;
  const day = WEEK.slice(d);
  try {
    const ref = day.slice(`0:${nBaseline}`).mean();
    if (!Number.isFinite(ref)) {
      throw new RangeError(`day ${d} has no usable baseline`);
    }
    day.isub(ref); // expect: no-view-mutation
    return day.max();
  } catch (err) {
    console.error(`baseline correction failed for day ${d}`);
    throw err;
  } finally {
    console.log(`after day ${d}: week mean ${WEEK.mean().toFixed(2)}`);
  }
}

// spike removal on the flattened record of the whole week
const raw = WEEK.flatten();
const limit = spikeLimit(raw);
const cleaned = asFloat(raw);
let spikes = 0;
for (let i = 1; i < cleaned.size; i++) {
  if (Math.abs(cleaned.get(i) - cleaned.get(i - 1)) <= limit) continue;
  cleaned.set(i, cleaned.get(i - 1)); // expect: no-alias-mutation
  spikes++;
}
console.log(`removed ${spikes} spike(s), cleaned mean ${cleaned.mean().toFixed(2)}`);
console.log(`raw maximum for the sensor fault log: ${raw.max()}`);

for (let d = 0; d < WEEK.shape[0]; d++) {
  console.log(`day ${d}: range ${dailyRange(relativeDay(d)).toFixed(1)}`);
}
console.log("warming on day 2:", warmingOf(2).toFixed(1));
console.log("samples per day:", SAMPLES_PER_DAY, "first day now:", WEEK.slice(0).tolist());
