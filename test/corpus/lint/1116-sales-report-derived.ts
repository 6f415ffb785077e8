// Monthly sales report: derives sorted, subset and integer copies of the sales, then rescales the sales for the chart.
import { array, NDArray } from "ndalias";

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const sales = array([120, 95, 130, 160, 150, 170, 210, 205, 180, 140, 125, 230]);

function quarterTotals(x: NDArray): number[] {
  const out: number[] = [];
  for (let q = 0; q < 4; q++) {
    out.push(x.slice(`${q * 3}:${q * 3 + 3}`).sum());
  }
  return out;
}

function percentile(sorted: NDArray, p: number): number {
  const idx = Math.min(sorted.size - 1, Math.floor(p * sorted.size));
  return sorted.get(idx);
}

// Independent derived arrays: none of them shares memory with `sales`.
const ranked = sales.flatten();
ranked.sort();
const holidayMonths = sales.take([10, 11]);
holidayMonths.imul(1.1);
const whole = sales.astype("int32");
whole.iadd(1);
const growth = sales.slice("1:").sub(sales.slice(":-1"));

console.log("median month:", percentile(ranked, 0.5), "p90:", percentile(ranked, 0.9));
console.log("holiday forecast:", holidayMonths.tolist());
console.log("with one promo unit each:", whole.sum());
console.log("month-on-month growth:", growth.tolist());
console.log("quarters:", quarterTotals(sales));

// Forecast built into a fresh buffer from two independent copies.
const base = sales.copy();
const seasonal = array([0.9, 0.85, 1.0, 1.05, 1.0, 1.1, 1.3, 1.25, 1.1, 0.95, 1.0, 1.4]);
const forecast = base.mul(seasonal);
forecast.iadd(5);
base.fill(0);
console.log("forecast total:", forecast.sum().toFixed(1), "peak:", forecast.max().toFixed(1));
console.log("base cleared:", base.sum());

// Year-over-year comparison against last year's series, kept in its own array.
const lastYear = array([110, 90, 120, 150, 140, 160, 190, 200, 170, 130, 120, 210]);
const yoy = sales.div(lastYear);
yoy.isub(1);
yoy.imul(100);
console.log("year-over-year (%):", (yoy.tolist() as number[]).map((v) => v.toFixed(1)).join(" "));

// The raw series is printed once more, then handed to the chart under a new name.
console.log("raw sales total:", sales.sum(), "best month:", months[(sales.tolist() as number[]).indexOf(sales.max())]);
const chartSeries = sales;
chartSeries.idiv(chartSeries.max());
chartSeries.imul(100);

// Derived arrays are still valid after the rescale: they were copies.
console.log("ranked (unchanged):", ranked.tolist());
console.log("growth (unchanged):", growth.tolist());
console.log("chart series (% of best):", chartSeries.tolist());

// A budget table edited under a second name that is then the only one used.
const budget = array([
  [100, 100, 120],
  [130, 150, 160],
  [200, 190, 170],
  [140, 130, 200],
]);
const budgetPreview = budget.slice(0);
console.log("Q1 budget preview:", budgetPreview.tolist());
const revisedBudget = budget;
revisedBudget.slice(3).imul(1.05);
revisedBudget.imul(1.02);
console.log("revised budget:", revisedBudget.tolist(), "total:", revisedBudget.sum().toFixed(1));

// Per-quarter shares of the rescaled series.
const shares = quarterTotals(chartSeries).map((q) => q / chartSeries.sum());
console.log("quarter shares:", shares.map((s) => s.toFixed(3)).join(" "));
const strongest = quarterTotals(chartSeries).indexOf(Math.max(...quarterTotals(chartSeries)));
console.log(`strongest quarter: Q${strongest + 1}`, "holiday uplift:", (holidayMonths.sum() - 2 * ranked.get(0)).toFixed(1));
