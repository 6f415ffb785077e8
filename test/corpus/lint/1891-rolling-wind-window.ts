// Feeds anemometer samples into a module-level rolling window and a weekly gust history kept by closures, then prints smoothed wind and gust summaries.
import { array, full, zeros, NDArray } from "ndalias";

const WINDOW_SIZE = 12;
const WINDOW = full(WINDOW_SIZE, Number.NaN);
const GUST_HISTORY = zeros(7);
const GUST_LIMIT = 17.2;

let cursor = 0;
let filled = 0;

// Ring-buffer push; returns how many slots are filled.
const pushSample = (speed: number): number => {
  WINDOW.set(cursor, speed);
  cursor = (cursor + 1) % WINDOW_SIZE;
  filled = Math.min(filled + 1, WINDOW_SIZE);
  return filled;
};

const windowMean = (): number => (filled === 0 ? 0 : WINDOW.slice(`:${filled}`).mean());

const windowMax = (): number => (filled === 0 ? 0 : WINDOW.slice(`:${filled}`).max());

const recordGust = (day: number, gust = windowMax()): number => {
  const slot = day % GUST_HISTORY.size;
  GUST_HISTORY.set(slot, Math.max(GUST_HISTORY.get(slot), gust));
  return GUST_HISTORY.get(slot);
};

const resetWindow = (): void => {
  WINDOW.fill(Number.NaN);
  cursor = 0;
  filled = 0;
};

const clearWeekend = (): void => {
  GUST_HISTORY.slice("5:").fill(0);
};

// Window values pulled towards their mean for the display.
const smoothedWindow = (strength = 0.5): NDArray => {
  const values = WINDOW.slice(`:${filled}`).copy();
  const mean = values.mean();
  values.isub(mean);
  values.imul(1 - strength);
  values.iadd(mean);
  return values;
};

const makeThreshold =
  (limit = GUST_LIMIT) =>
  (x: NDArray): boolean =>
    x.max() > limit;

const daysOverLimit = (days: NDArray[], over = makeThreshold()): number =>
  days.reduce((count, day) => (over(day) ? count + 1 : count), 0);

const weekly: NDArray[] = [
  array([4.1, 5.2, 6.8, 9.9, 12.3, 8.7]),
  array([3.3, 3.9, 4.4, 5.0, 4.7, 4.1]),
  array([7.7, 11.2, 18.4, 21.0, 15.5, 9.8]),
  array([6.0, 6.4, 7.9, 8.8, 9.1, 7.2]),
];

const dayStats = weekly.map((day, i) => ({
  day: i,
  mean: day.mean(),
  peak: day.max(),
}));

const calmest = weekly.reduce((best, day) => (day.mean() < best.mean() ? day : best));

const samples = [3.1, 4.2, 5.5, 6.1, 8.4, 12.9, 14.2, 11.0, 9.6, 7.3];
const counts = samples.map((s) => pushSample(s));
console.log("samples in window:", counts[counts.length - 1]);
console.log("window mean:", windowMean().toFixed(2), "window max:", windowMax().toFixed(2));

const smooth = smoothedWindow(0.3);
console.log("smoothed window:", (smooth.tolist() as number[]).map((v) => Number(v).toFixed(2)));

dayStats.forEach(({ day, peak }) => recordGust(day, peak));
recordGust(4);
recordGust(5, 22.5);
console.log("gust history:", GUST_HISTORY.tolist());

clearWeekend();
console.log("gust history (weekdays):", GUST_HISTORY.tolist());
console.log("days over limit:", daysOverLimit(weekly), "calmest day mean:", calmest.mean().toFixed(2));

const station = { id: "ridge", gusts: zeros(3), label: "Ridge AWS" };
station.gusts.set(0, windowMax());
station.gusts.set(1, GUST_HISTORY.max());
station.gusts.set(2, smooth.max());
console.log(`${station.label} gust summary:`, station.gusts.tolist());

resetWindow();
console.log("window after reset:", WINDOW.tolist(), "filled:", filled);
pushSample(2.2);
console.log("first sample after reset:", WINDOW.get(0), "mean:", windowMean());
