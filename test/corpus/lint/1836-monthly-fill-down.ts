// Monthly series laid out as a quarter-by-month grid: fill-down and growth formulas, a late correction, and a capped copy for the plan report.
import { arange, array, NDArray } from "ndalias";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function fillDownGaps(series: NDArray): void {
  for (let i = 1; i < series.size; i++) {
    if (Number.isNaN(series.get(i))) {
      series.set(i, series.get(i - 1));
    }
  }
}

function projectedTotal(series: NDArray, monthlyGrowth: number): number {
  const tail = series.slice("1:");
  tail.imul(1 + monthlyGrowth); // expect: no-view-mutation
  return series.sum();
}

function capAtPlan(series: NDArray, ceiling: number): void {
  const capped = series.flatten();
  for (let i = 0; i < series.size; i++) {
    if (series.get(i) > ceiling) {
      capped.set(i, ceiling); // expect: no-lost-write
    }
  }
}

function quarterTotals(grid: NDArray): number[] {
  const totals: number[] = [];
  for (let q = 0; q < grid.shape[0]; q++) {
    totals.push(grid.slice(q).sum());
  }
  return totals;
}

function rankMonths(series: NDArray): string[] {
  const values = series.tolist() as number[];
  return values
    .map((v, i) => ({ v, m: MONTHS[i] }))
    .sort((a, b) => b.v - a.v)
    .map((e) => e.m);
}

function printGrid(grid: NDArray): void {
  (grid.tolist() as number[][]).forEach((row, q) => {
    console.log(`Q${q + 1}: ` + row.map((v) => v.toFixed(0).padStart(6)).join(""));
  });
}

// Raw imports: two months missing from the feed.
const monthly = arange(1, 13).mul(100);
monthly.set(4, NaN);
monthly.set(9, NaN);
fillDownGaps(monthly);

const quarters = monthly.reshape(4, 3);
console.log("quarter totals:", quarterTotals(quarters).join(", "));
const firstQuarterTotal = quarters.slice(0).sum();

// A late correction to June arrives in the raw series.
monthly.set(5, 640); // expect: no-view-mutation
console.log("quarter totals after correction:", quarterTotals(quarters).join(", "));
console.log("Q1 unchanged at", firstQuarterTotal);
printGrid(quarters);

// Scenario: 2% monthly growth, computed on a copy so the series stays as reported.
const scenario = monthly.copy();
console.log("projected with growth:", projectedTotal(scenario, 0.02).toFixed(1));

// Plan ceiling check.
capAtPlan(monthly, 900);
console.log("months by volume:", rankMonths(monthly).slice(0, 4).join(", "));

// Running totals in a fresh array that is printed.
const running = array(new Array<number>(MONTHS.length).fill(0));
let acc = 0;
for (let i = 0; i < MONTHS.length; i++) {
  acc += monthly.get(i);
  running.set(i, acc);
}
console.log("running total:", running.tolist());
console.log("year total:", monthly.sum());
