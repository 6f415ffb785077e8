// Builds per-region monthly sales reports: smooths a copy of each series, fills gaps, iterates a double-buffered forecast and prints totals.
import { array, zeros, NDArray } from "ndalias";

type Region = "north" | "south" | "east";

const sales: Record<Region, NDArray> = {
  north: array([120, 135, 0, 150, 160, 158, 170, 0, 182, 190, 185, 201]),
  south: array([80, 82, 85, 90, 0, 95, 97, 99, 104, 0, 108, 111]),
  east: array([60, 58, 64, 70, 69, 75, 0, 81, 85, 88, 90, 94]),
};

const regions = Object.keys(sales) as Region[];

function fillGaps(series: NDArray): NDArray {
  const filled = series.copy();
  for (let i = 1; i < filled.size - 1; i++) {
    if (series.get(i) === 0) filled.set(i, (series.get(i - 1) + series.get(i + 1)) / 2);
  }
  return filled;
}

function smooth(series: NDArray, passes = 1): NDArray {
  let front = series.copy();
  let back = zeros(series.size);
  for (let p = 0; p < passes; p++) {
    back.assign(":", front);
    back.assign("1:-1", front.slice(":-2").add(front.slice("1:-1")).add(front.slice("2:")).div(3));
    [front, back] = [back, front];
  }
  return front;
}

function growth(series: NDArray): { first: number; last: number; pct: number } {
  const first = series.slice(":3").mean();
  const last = series.slice("-3:").mean();
  return { first, last, pct: (100 * (last - first)) / first };
}

const reports = Object.entries(sales).map(([region, series]) => {
  const filled = fillGaps(series);
  const trend = smooth(filled, 2);
  const { pct } = growth(trend);
  return { region, filled, trend, pct };
});

for (const { region, trend, pct } of reports) {
  console.log(region.padEnd(6), "trend:", (trend.tolist() as number[]).map((v) => v.toFixed(0)).join(" "), `(${pct.toFixed(1)}%)`);
}

// Yearly totals in thousands; the name for the report is made after scaling.
const totals = zeros(regions.length);
regions.forEach((r, i) => totals.set(i, fillGaps(sales[r]).sum()));
totals.imul(1e-3);
const totalsK = totals;
console.log("totals (k):", regions.map((r, i) => `${r}=${totalsK.get(i).toFixed(2)}`).join(", "));

// Quarter view of the north series: the copy is adjusted, the source is only read.
const north = reports.find(({ region }) => region === "north")?.filled ?? zeros(12);
const q4 = north.slice("9:").copy();
q4.imul(1.05);
console.log("north Q4 with 5% uplift:", q4.tolist(), "raw Q4:", north.slice("9:").tolist());

// Forecast by repeated averaging with two alternating buffers.
const horizon = 4;
const last3 = north.slice("-3:");
let current = zeros(3).add(last3);
let next = zeros(3);
const forecast: number[] = [];
for (let h = 0; h < horizon; h++) {
  const value = current.mean() * 1.01;
  forecast.push(value);
  next.assign(":2", current.slice("1:"));
  next.set(2, value);
  [current, next] = [next, current];
}
console.log("north forecast:", forecast.map((v) => v.toFixed(1)));
console.log("forecast window:", current.tolist());

// Best month per region, on copies that are sorted for the median as well.
const best = new Map<Region, { month: number; median: number }>();
for (const r of regions) {
  const series = sales[r];
  const ranked = series.copy();
  ranked.sort();
  const peak = series.max();
  const month = (series.tolist() as number[]).indexOf(peak) + 1;
  best.set(r, { month, median: ranked.get(Math.floor(ranked.size / 2)) });
}
console.log(Object.fromEntries(best));
console.log("raw north still has gaps:", (sales.north.tolist() as number[]).join(" "));
