// Rolling statistics for a daily demand series: moving averages, z-scored windows, smoothing trend shift and a weekly table.
import { array, zeros, NDArray } from "ndalias";

interface WindowStats {
  start: number;
  mean: number;
  std: number;
}

function movingAverage(series: NDArray, width: number): NDArray {
  const n = series.size - width + 1;
  const out = zeros(n);
  let running = series.slice(`:${width}`).sum();
  out.set(0, running / width);
  for (let i = 1; i < n; i++) {
    running += series.get(i + width - 1) - series.get(i - 1);
    out.set(i, running / width);
  }
  return out;
}

function windowStats(series: NDArray, width: number, stride: number): WindowStats[] {
  const stats: WindowStats[] = [];
  for (let start = 0; start + width <= series.size; start += stride) {
    const win = series.slice(`${start}:${start + width}`);
    const mean = win.mean();
    const centred = win.sub(mean);
    stats.push({ start, mean, std: Math.sqrt(centred.mul(centred).mean()) });
  }
  return stats;
}

function zScoredWindow(series: NDArray, start: number, width: number): NDArray {
  const win = series.slice(`${start}:${start + width}`).copy();
  const mu = win.mean();
  win.isub(mu);
  const sd = Math.sqrt(win.mul(win).mean()) || 1;
  win.idiv(sd);
  return win;
}

/** Replaces missing readings (NaN) by the previous valid value, in place. */
function forwardFill(series: NDArray): void {
  let lastValid = 0;
  for (let i = 0; i < series.size; i++) {
    const v = series.get(i);
    if (Number.isNaN(v)) series.set(i, lastValid);
    else lastValid = v;
  }
}

function trendShift(raw: NDArray, width: number, alpha: number): number {
  const series = raw.copy();
  const baseline = series.slice(`-${width}:`);
  for (let i = 1; i < series.size; i++) {
    series.set(i, alpha * series.get(i) + (1 - alpha) * series.get(i - 1)); // expect: no-view-mutation
  }
  const smoothedTail = series.slice(`-${width}:`).mean();
  return smoothedTail - baseline.mean();
}

function peakToMean(raw: NDArray): number {
  const head = raw.slice(":7");
  const firstWeekMean = head.mean();
  const work = raw.copy();
  work.isub(firstWeekMean);
  return work.max();
}

function weeklyTable(series: NDArray): NDArray {
  const weeks = Math.floor(series.size / 7);
  const table = series.slice(`:${weeks * 7}`).copy();
  table.idiv(series.max());
  const byWeek = table.reshape(weeks, 7);
  return byWeek;
}

const demand = array([
  120, 132, Number.NaN, 128, 141, 155, 160,
  118, 125, 131, 137, Number.NaN, 150, 171,
  122, 129, 140, 133, 148, 162, 175,
  130, 138,
]);

forwardFill(demand);
console.log("filled demand:", demand.tolist());

const ma = movingAverage(demand, 7);
console.log("7-day moving average (first 5):", ma.slice(":5").tolist());

for (const s of windowStats(demand, 7, 7)) {
  console.log(`days ${s.start}-${s.start + 6}: mean ${s.mean.toFixed(1)}, std ${s.std.toFixed(1)}`);
}

const z = zScoredWindow(demand, 7, 7);
console.log("z-scored second week:", JSON.stringify(z.tolist()));

console.log("trend shift from smoothing:", trendShift(demand, 5, 0.3).toFixed(3));
console.log("peak above first-week mean:", peakToMean(demand).toFixed(1));

const table = weeklyTable(demand);
const weekends = table.slice(":", "5:");
console.log("weekend share of peak:", weekends.tolist(), "total:", table.sum().toFixed(3));
console.log("raw demand total:", demand.sum());
