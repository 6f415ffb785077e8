// Builds a daily grid-load report in one of several modes ("peak" falls through to "normalise") and prints windows, alarms and totals.
// runnable
import { array, zeros, NDArray } from "ndalias";

type Mode = "peak" | "normalise" | "raw";

// Rows are shifts (night, day, evening), columns are the four sampled hours of each shift.
const load = array([
  [3, 4, 5, 6],
  [7, 9, 8, 6],
  [4, 3, 2, 2],
]);
const thresholds = array([5, 8, 4]);
const mode = (process.argv[2] ?? "peak") as Mode;

function rowTotals(grid: NDArray): number[] {
  const totals: number[] = [];
  for (let r = 0; r < grid.shape[0]; r++) {
    totals.push(grid.slice(r).sum());
  }
  return totals;
}

function findAlarms(grid: NDArray, limits: NDArray): number[] {
  const alarms: number[] = [];
  scan: for (let s = 0; s < grid.shape[0]; s++) {
    const row = grid.slice(s);
    for (let h = 0; h < grid.shape[1]; h++) {
      if (row.get(h) > limits.get(s)) {
        alarms.push(s * grid.shape[1] + h);
        continue scan;
      }
    }
  }
  return alarms;
}

function formatTotals(label: string, totals: number[]): string {
  return `${label}: ${totals.map((t) => t.toFixed(2)).join(" / ")}`;
}

let morning: NDArray | null = null;
let scaled: NDArray = load.copy();
const before = rowTotals(load);

switch (mode) {
  case "peak":
    morning = load.slice(0);
    console.log("night peak:", morning.max());
  // falls through
  case "normalise":
    load.idiv(load.max()); // expect: no-view-mutation
    break;
  case "raw":
    scaled = load.mul(1);
    break;
  default:
    throw new Error(`unknown mode ${String(mode)}`);
}

const alarms = findAlarms(scaled, thresholds);
console.log("alarms at hours:", alarms.join(", ") || "none");

if (morning) {
  console.log("night window:", morning.tolist());
}

// Evening statistics are read before the first column is reset for the next day.
const evening = scaled.slice(2);
console.log("evening mean:", evening.mean());
scaled.slice(":", 0).fill(0);

const after = rowTotals(load);
const change = zeros(after.length);
for (let i = 0; i < after.length; i++) {
  change.set(i, after[i] - before[i]);
}
console.log(formatTotals("before", before));
console.log(formatTotals("after", after));
console.log("change per shift:", change.tolist());
console.log("scaled total with reset column:", scaled.sum());

const dayShare = scaled.slice(1).sum() / Math.max(scaled.sum(), 1);
console.log("mode:", mode, "day share:", dayShare.toFixed(3));
