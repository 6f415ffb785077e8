// Seasonal decomposition of two years of monthly demand using reshaped year blocks, strided quarter views and a reversed trend window.
import { array, zeros, NDArray } from "ndalias";

interface Decomposition {
  seasonal: number[];
  quarterStarts: number;
  trendSlope: number;
}

function slope(window: NDArray): number {
  const n = window.size;
  let num = 0;
  let den = 0;
  const mean = window.mean();
  for (let i = 0; i < n; i++) {
    num += (i - (n - 1) / 2) * (window.get(i) - mean);
    den += (i - (n - 1) / 2) ** 2;
  }
  return num / den;
}

const demand = array([
  120, 115, 130, 142, 150, 171, 185, 180, 160, 148, 132, 140,
  126, 119, 137, 150, 158, 176, 193, 189, 166, 151, 139, 147,
]);

const byYear = demand.reshape(2, 12);
const byMonth = byYear.T;
const seasonal: number[] = [];
for (let m = 0; m < 12; m++) {
  seasonal.push(byMonth.slice(m).mean() - demand.mean());
}
const quarterStarts = demand.slice("::3");
const quarterMean = quarterStarts.mean();

for (let i = 0; i < demand.size; i++) {
  demand.set(i, demand.get(i) - seasonal[i % 12]);
}

let trendWindow = demand.slice("-6:");
const recentSlope = slope(trendWindow);
trendWindow = trendWindow.copy();
trendWindow.isub(trendWindow.mean());
console.log("recent trend slope:", recentSlope, "centred window:", trendWindow.tolist());

const newestFirst = demand.flip();
console.log("deseasonalised, newest first:", newestFirst.slice(":6").tolist());

const model = { level: zeros(12), seen: 0 };
for (let y = 0; y < 2; y++) {
  model.level.iadd(demand.slice(`${12 * y}:${12 * (y + 1)}`));
  model.seen++;
}
model.level.idiv(model.seen);

const result: Decomposition = { seasonal, quarterStarts: quarterMean, trendSlope: slope(demand) };
console.log("seasonal:", result.seasonal.map((s) => s.toFixed(1)).join(" "));
console.log("quarter starts:", result.quarterStarts, "slope:", result.trendSlope, "level:", model.level.tolist());
