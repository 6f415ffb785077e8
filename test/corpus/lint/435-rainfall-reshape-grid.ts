// Notebook: lays out twelve monthly rainfall totals as a quarter-by-month grid, compares reshape views with copies and prints totals.
// runnable
import { array, NDArray } from "ndalias";

// ---- Cell 1: raw data, millimetres of rain per month (Jan..Dec) ----
const monthly = array([78, 64, 55, 41, 30, 12, 8, 10, 25, 49, 70, 82]);
console.log("months:", monthly.size, "yearly total:", monthly.sum());

// ---- Cell 2: reshape to 4 quarters x 3 months ----
// In NumPy, reshape of a contiguous array is a VIEW (np.shares_memory says True).
// Reading through it is completely fine.
const quarters = monthly.reshape(4, 3);
for (let q = 0; q < 4; q++) {
  console.log(`Q${q + 1} total:`, quarters.slice(q).sum());
}

// ---- Cell 3: helper that only reads ----
function wettestQuarter(grid: NDArray): number {
  let best = 0;
  for (let q = 1; q < grid.shape[0]; q++) {
    if (grid.slice(q).sum() > grid.slice(best).sum()) best = q;
  }
  return best;
}
console.log("wettest quarter:", wettestQuarter(quarters) + 1);

// ---- Cell 4: my first attempt at a "wet season only" table ----
// I blank out the summer quarter (Jul-Sep) so the chart only shows the wet months.
// Mistake: wetSeason is just another view of monthly, so this also blanks monthly.
const wetSeason = monthly.reshape(4, 3);
wetSeason.assign(2, 0); // expect: no-view-mutation
console.log("wet-season grid:", wetSeason.tolist());

// The yearly total silently drops from 524 to 481 here.
console.log("yearly total (should still be 524):", monthly.sum());

// ---- Cell 5: the fixed version ----
// .copy() right after reshape gives the table its own memory, like np.reshape(...).copy().
const drySeason = monthly.reshape(4, 3).copy();
drySeason.assign("0:2", 0);
drySeason.assign(3, 0);
console.log("dry-season grid:", drySeason.tolist());
console.log("dry-season total:", drySeason.sum());

// ---- Cell 6: flatten() always copies, so sorting it is safe ----
const sortedMonths = monthly.flatten();
sortedMonths.sort();
const mid = sortedMonths.size / 2;
const median = (sortedMonths.get(mid - 1) + sortedMonths.get(mid)) / 2;
console.log("median month:", median);

// ---- Cell 7: chained write on an unnamed view is the a[...] = x idiom ----
const forecast = monthly.copy();
forecast.reshape(4, 3).slice(":", 0).imul(1.1);
console.log("forecast with wetter first months:", forecast.tolist());
