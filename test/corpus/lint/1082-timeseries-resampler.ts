// Time-series toolkit: resamples irregular meter readings to hourly bins, fills gaps, detrends and smooths, and prints a daily profile.
import { array, zeros, full, NDArray } from "ndalias";

export interface Reading {
  t: number; // seconds since midnight
  kwh: number;
}

export class Series {
  readonly times: NDArray;
  readonly values: NDArray;

  constructor(times: number[], values: number[]) {
    if (times.length !== values.length) {
      throw new Error(`times has ${times.length} entries, values has ${values.length}`);
    }
    this.times = array(times);
    this.values = array(values);
  }

  static fromReadings(readings: readonly Reading[]): Series {
    const sorted = [...readings].sort((a, b) => a.t - b.t);
    return new Series(sorted.map((r) => r.t), sorted.map((r) => r.kwh));
  }

  get length(): number {
    return this.values.size;
  }

  span(): [number, number] {
    return [this.times.min(), this.times.max()];
  }

  scaled(k: number): Series {
    const values = this.values.mul(k);
    return new Series(this.times.tolist() as number[], values.tolist() as number[]);
  }
}

// ---- binning -----------------------------------------------------------------

export function resample(series: Series, binSeconds: number, bins: number): NDArray {
  const sums = zeros(bins);
  const counts = zeros(bins);
  for (let i = 0; i < series.length; i++) {
    const b = Math.floor(series.times.get(i) / binSeconds);
    if (b < 0 || b >= bins) continue;
    sums.set(b, sums.get(b) + series.values.get(i));
    counts.set(b, counts.get(b) + 1);
  }
  const means = full(bins, NaN);
  for (let b = 0; b < bins; b++) {
    const c: number = counts.get(b);
    if (c > 0) means.set(b, sums.get(b) / c);
  }
  return means;
}

/** Replaces NaN gaps with the last seen value; leading gaps take the first value. Updates `bins` in place. */
export function fillForward(bins: NDArray): void {
  let last = NaN;
  for (let i = 0; i < bins.size; i++) {
    const v: number = bins.get(i);
    if (Number.isNaN(v)) {
      if (!Number.isNaN(last)) bins.set(i, last);
    } else {
      last = v;
    }
  }
  let first = NaN;
  for (let i = 0; i < bins.size && Number.isNaN(first); i++) first = bins.get(i);
  for (let i = 0; i < bins.size; i++) {
    if (Number.isNaN(bins.get(i))) bins.set(i, first);
  }
}

export function gapCount(bins: NDArray): number {
  let n = 0;
  for (let i = 0; i < bins.size; i++) if (Number.isNaN(bins.get(i))) n++;
  return n;
}

// ---- transforms that return new arrays -------------------------------------------

export function diff(x: NDArray): NDArray {
  const out = x.slice("1:").sub(x.slice(":-1"));
  return out;
}

export function linearTrend(x: NDArray): { slope: number; intercept: number } {
  const n = x.size;
  let sx = 0;
  let sy = 0;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    const y: number = x.get(i);
    sx += i;
    sy += y;
    sxy += i * y;
    sxx += i * i;
  }
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx || 1);
  return { slope, intercept: (sy - slope * sx) / n };
}

export function detrend(x: NDArray): NDArray {
  const { slope, intercept } = linearTrend(x);
  const out = x.copy();
  for (let i = 0; i < out.size; i++) out.set(i, out.get(i) - (intercept + slope * i));
  return out;
}

export function movingAverage(x: NDArray, window: number): NDArray {
  const out = zeros(x.size);
  for (let i = 0; i < x.size; i++) {
    const lo = Math.max(0, i - window + 1);
    out.set(i, x.slice(`${lo}:${i + 1}`).mean());
  }
  out.slice(`:${window - 1}`).fill(NaN);
  return out;
}

export function exponentialSmooth(x: NDArray, alpha: number): NDArray {
  let level = x.slice(":1").copy();
  const out = zeros(x.size);
  for (let i = 0; i < x.size; i++) {
    level = level.mul(1 - alpha).add(x.get(i) * alpha);
    out.set(i, level.get(0));
  }
  return out;
}

export function normalisedProfile(x: NDArray): NDArray {
  const peak = x.max();
  let profile = x;
  profile = profile.div(peak || 1);
  profile.imul(100);
  return profile;
}

// ---- double-buffered smoothing --------------------------------------------------

export function relax(x: NDArray, passes: number): NDArray {
  let front = x.copy();
  let back = zeros(x.size);
  for (let p = 0; p < passes; p++) {
    back.set(0, front.get(0));
    back.set(x.size - 1, front.get(x.size - 1));
    for (let i = 1; i < x.size - 1; i++) {
      back.set(i, 0.25 * front.get(i - 1) + 0.5 * front.get(i) + 0.25 * front.get(i + 1));
    }
    [front, back] = [back, front];
  }
  return front;
}

// ---- reporting ----------------------------------------------------------------

function bar(v: number, scale: number): string {
  return "#".repeat(Math.max(0, Math.round(v / scale)));
}

function printProfile(title: string, hourly: NDArray): void {
  console.log(title);
  const peak = hourly.max() || 1;
  for (let h = 0; h < hourly.size; h++) {
    const v: number = hourly.get(h);
    console.log(`  ${String(h).padStart(2, "0")}:00 ${v.toFixed(2).padStart(7)} ${bar(v, peak / 30)}`);
  }
}

const readings: Reading[] = [];
for (let k = 0; k < 60; k++) {
  const t = (k * 1399) % 86400;
  if (t > 3 * 3600 && t < 5 * 3600) continue; // meter offline
  const hour = t / 3600;
  readings.push({ t, kwh: 0.4 + 0.3 * Math.sin(((hour - 6) / 24) * 2 * Math.PI) + (k % 7) * 0.01 });
}

const series = Series.fromReadings(readings);
const [start, end] = series.span();
console.log(`readings: ${series.length}, span ${start}s .. ${end}s`);

const hourly = resample(series, 3600, 24);
const gapsBefore = gapCount(hourly);
fillForward(hourly);
console.log(`filled ${gapsBefore} empty hours, ${gapCount(hourly)} left`);

const morning = hourly.slice(":6");
const nightBaseline = morning.min();
hourly.isub(nightBaseline);
const aboveBaseline = hourly.slice("6:");
console.log("night baseline:", nightBaseline.toFixed(3), "day load above it:", aboveBaseline.sum().toFixed(3));

hourly.slice("3:5").imul(0.9); // offline hours are estimates: discount them
printProfile("hourly load above baseline", hourly);

const residual = detrend(hourly);
const smooth = movingAverage(residual, 3);
const expSmooth = exponentialSmooth(hourly, 0.3);
const relaxed = relax(hourly, 5);
console.log("residual range:", residual.min().toFixed(3), residual.max().toFixed(3));
console.log("3h average (first 6):", (smooth.slice(":6").tolist() as number[]).map((v) => v.toFixed(3)));
console.log("exp smooth peak:", expSmooth.max().toFixed(3), "relaxed peak:", relaxed.max().toFixed(3));
console.log("profile %:", (normalisedProfile(hourly).tolist() as number[]).map((v) => Math.round(v)));
console.log("ramps:", (diff(hourly).tolist() as number[]).filter((v) => v > 0.05).length, "steep hours");

const weekly = series.scaled(7);
console.log("weekly total:", weekly.values.sum().toFixed(2), "daily total:", series.values.sum().toFixed(2));
