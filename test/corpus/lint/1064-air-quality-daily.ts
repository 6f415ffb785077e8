// Cleans a day of PM2.5 readings per station: fills gaps, removes spikes, finds the first exceedance and prints an index per station.
import { array, NDArray } from "ndalias";

interface Station {
  name: string;
  pm25: NDArray;
  backup?: NDArray | null;
}

const LIMIT = 35;

function fillGaps(series: NDArray): void {
  let last = 0;
  for (let i = 0; i < series.size; i++) {
    const v = series.get(i);
    if (Number.isNaN(v)) series.set(i, last);
    else last = v;
  }
}

function despiked(series: NDArray, limit: number): NDArray {
  const out = series.copy();
  for (let i = 1; i < out.size - 1; i++) {
    const neighbours = (series.get(i - 1) + series.get(i + 1)) / 2;
    if (out.get(i) - neighbours > limit) out.set(i, neighbours);
  }
  return out;
}

function band(mean: number): string {
  let label = "";
  switch (true) {
    case mean > 55:
      label += "!";
    // falls through
    case mean > LIMIT:
      label += "unhealthy";
      break;
    case mean > 12:
      label = "moderate";
      break;
    default:
      label = "good";
  }
  return label;
}

function dailyIndex(st: Station): number {
  const source = st.backup ?? st.pm25;
  const work = source.copy();
  try {
    fillGaps(work);
    return despiked(work, 25).mean();
  } finally {
    console.log(`  ${st.name}: ${st.backup ? "backup" : "primary"} feed, first sample ${work.get(0)}`);
  }
}

const stations: Station[] = [
  { name: "harbour", pm25: array([8, 9, Number.NaN, 12, 80, 14, 13, 11]) },
  { name: "market", pm25: array([30, 34, 38, 41, 39, 36, 33, 31]), backup: null },
  { name: "school", pm25: array([Number.NaN, 5, 6, 6, 7]), backup: array([4, 5, 6, 6, 7]) },
];

console.log("daily index per station:");
const indices = stations.map((st) => dailyIndex(st));

// Calibration preview: scale a copy, correct its offset later, and report it through a closure.
const reference = stations[1].pm25;
const calibrated = reference.mul(0.92);
const describeCalibration = (): string => `calibrated mean ${calibrated.mean().toFixed(1)}`;
calibrated.isub(1.5);
console.log(describeCalibration());

// First exceedance across all stations, recorded into a copy of the limits row.
const firstHit = array([-1, -1]);
const limits = array(new Array<number>(8).fill(LIMIT));
const marked = limits.copy();
search: for (const [s, st] of stations.entries()) {
  for (let h = 0; h < st.pm25.size; h++) {
    if (st.pm25.get(h) > limits.get(h)) {
      firstHit.assign(":", array([s, h]));
      marked.set(h, st.pm25.get(h));
      break search;
    }
  }
}
console.log("first exceedance (station, hour):", firstHit.tolist(), "marked limits:", marked.tolist());

// Trimmed statistics where enough valid samples exist; otherwise fall back to the raw series.
stations.forEach((st) => fillGaps(st.pm25));
for (const st of stations) {
  let trimmed: NDArray | undefined;
  const valid: number[] = [];
  for (let i = 0; i < st.pm25.size; i++) if (st.pm25.get(i) > 0) valid.push(i);
  if (valid.length > 4) {
    trimmed = st.pm25.take(valid);
    trimmed.sort();
  }
  const basis = trimmed ?? st.pm25;
  console.log(`${st.name}: median-ish ${basis.get(Math.floor(basis.size / 2))}, band ${band(basis.mean())}`);
}

// The hourly city feed: its baseline alias is only read before the in-place cleanup.
const hourly = array([12, Number.NaN, 15, 18, 60, 21, 19, 17]);
const baseline = hourly;
console.log("baseline (raw):", baseline.tolist(), "samples:", baseline.size);
fillGaps(hourly);
hourly.slice("4:5").fill(20);
console.log("hourly cleaned:", hourly.tolist(), "indices:", indices.map((v) => v.toFixed(1)).join(" "));
