// Summarises a week of hourly temperature records with map/reduce: daily extremes, medians, a stacked table and degree-day totals.
import { array, zeros, NDArray } from "ndalias";

type Day = { date: string; temps: NDArray };

const HOURS = 8;
const BASE_TEMP = 15.5;

const week: Day[] = [
  { date: "2024-03-04", temps: array([3.1, 2.4, 2.0, 4.8, 8.9, 11.2, 10.4, 7.7]) },
  { date: "2024-03-05", temps: array([5.6, 5.1, 4.9, 7.3, 11.8, 14.6, 13.9, 10.2]) },
  { date: "2024-03-06", temps: array([8.2, 7.7, 7.5, 9.9, 13.1, 16.8, 16.0, 12.3]) },
  { date: "2024-03-07", temps: array([4.4, 3.8, 3.1, 5.0, 7.6, 9.4, 8.8, 6.5]) },
  { date: "2024-03-08", temps: array([1.2, 0.6, -0.4, 2.2, 6.1, 8.0, 7.1, 4.9]) },
];

// Median of one day's record.
const median = (x: NDArray): number => {
  const sorted = x.flatten();
  sorted.sort();
  const mid = Math.floor(sorted.size / 2);
  return sorted.size % 2 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
};

const heatingDegrees = ({ temps }: Day, base = BASE_TEMP): number =>
  (temps.tolist() as number[])
    .map(Number)
    .reduce((sum, t) => sum + Math.max(0, base - t), 0) / temps.size;

const extremes = week.map(({ date, temps }) => ({
  date,
  low: temps.min(),
  high: temps.max(),
  median: median(temps),
}));

const hourlyTotal = week.reduce((acc, { temps }) => acc.add(temps), zeros(HOURS));
const hourlyMean = hourlyTotal.div(week.length);

const warmest = week.reduce((best, day) => (day.temps.mean() > best.temps.mean() ? day : best));
const coldest = week.reduce((best, day) => (day.temps.min() < best.temps.min() ? day : best));

// One row per day, filled row by row.
const table = zeros([week.length, HOURS]);
week.forEach(({ temps }, i) => {
  table.assign(`${i}, :`, temps);
});

// Anomalies against the weekly hourly mean.
table.isub(hourlyMean);
const firstDayAnomaly = table.slice(0);
const lastDayAnomaly = table.slice(-1);

const diurnalRange = (temps: NDArray): number => temps.max() - temps.min();
const ranges = week.map(({ temps }) => diurnalRange(temps));
const rangeStats = {
  widest: Math.max(...ranges),
  narrowest: Math.min(...ranges),
  mean: ranges.reduce((s, r) => s + r, 0) / ranges.length,
};

const frostHours = ({ temps }: Day, threshold = 0): number =>
  (temps.tolist() as number[])
    .map(Number)
    .filter((t) => t <= threshold).length;
const frostByDay = week.map((day) => ({ date: day.date, hours: frostHours(day) })).filter(({ hours }) => hours > 0);

const degreeDays = week.map((day) => heatingDegrees(day));
const totalDegreeDays = degreeDays.reduce((s, d) => s + d, 0);

extremes.forEach(({ date, low, high, median: mid }) =>
  console.log(`${date}: low ${low.toFixed(1)}  high ${high.toFixed(1)}  median ${mid.toFixed(2)}`),
);
console.log("hourly mean:", (hourlyMean.tolist() as number[]).map((v) => Number(v).toFixed(2)));
console.log(`warmest ${warmest.date}, coldest ${coldest.date}`);
console.log("first day anomaly:", (firstDayAnomaly.tolist() as number[]).map((v) => Number(v).toFixed(2)));
console.log("last day anomaly:", (lastDayAnomaly.tolist() as number[]).map((v) => Number(v).toFixed(2)));
console.log(
  `diurnal range widest ${rangeStats.widest.toFixed(1)}, narrowest ${rangeStats.narrowest.toFixed(1)}, mean ${rangeStats.mean.toFixed(2)}`,
);
console.log("heating degree-days:", degreeDays.map((d) => d.toFixed(2)), "total", totalDegreeDays.toFixed(2));
frostByDay.forEach(({ date, hours }) => console.log(`frost on ${date}: ${hours} h`));
console.log("raw first day still intact:", week[0].temps.tolist());
console.log("table mean anomaly (should be ~0):", table.mean().toFixed(6));
