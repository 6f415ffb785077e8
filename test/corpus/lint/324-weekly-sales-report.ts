// Two weeks of daily sales: nets out returns, pivots into a week x day table, applies a forecast uplift and prints a report.
// runnable
import { array, NDArray } from "ndalias";

type Report = { readonly label: string; readonly total: number; readonly best: number };

function summarise(label: string, x: NDArray): Report {
  return { label, total: x.sum(), best: x.max() };
}

function format(r: Report): string {
  return `${r.label.padEnd(12)} total=${r.total.toFixed(1)} best=${r.best.toFixed(1)}`;
}

const daily = array([
  [40, 42, 38, 45, 60, 75, 70],
  [41, 44, 39, 47, 63, 80, 72],
]);
const returns = array([
  [1, 0, 2, 0, 3, 4, 1],
  [0, 1, 0, 2, 2, 5, 3],
]);

// net out the returns before anything else reads the table
daily.flatten().isub(returns.flatten()); // expect: no-lost-write

const byWeek = [daily.slice(0), daily.slice(1)];
const reports = byWeek.map((w, i) => summarise(`week ${i + 1}`, w));

const nextWeek = daily.slice(1);
nextWeek.imul(1.05); // expect: no-view-mutation

const forecast = summarise("forecast", nextWeek);
const MARGIN = { weekday: 0.22, weekend: 0.31 } as const;
const weekdayMargin = daily.slice(":", ":5").copy();
weekdayMargin.imul(MARGIN.weekday);
const weekendMargin = daily.slice(":", "5:").sum() * MARGIN.weekend;

for (const r of [...reports, forecast]) console.log(format(r));
console.log("margin:", (weekdayMargin.sum() + weekendMargin).toFixed(2));
console.log("weekday share of margin:", weekdayMargin.sum() / (weekdayMargin.sum() + weekendMargin));
console.log("two-week total:", daily.sum());
