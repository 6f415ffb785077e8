// Builds weekly sales variants (discounted, adjusted, per-region shares) from copies of the raw table and prints them beside the raw table.
import { array, NDArray } from "ndalias";

// rows = regions (north, south, east), columns = days (mon..sun)
const sales = array([
  [120, 135, 128, 140, 170, 210, 190],
  [80, 82, 90, 95, 120, 160, 150],
  [60, 58, 66, 70, 85, 110, 105],
]);
const regionNames = ["north", "south", "east"];

// returns a copy of the table with the weekend columns discounted
function withWeekendDiscount(table: NDArray, rate: number): NDArray {
  const result = table.copy();
  result.slice(":", "5:").imul(1 - rate);
  return result;
}

// share of each region in the weekly total, as a new array
function regionShares(table: NDArray): NDArray {
  const perRegion: number[] = [];
  for (let r = 0; r < table.shape[0]; r++) {
    perRegion.push(table.slice(r).sum());
  }
  const shares = array(perRegion);
  shares.idiv(table.sum());
  return shares;
}

// --- variant 1: north region, copied before the returns correction
const north = sales.slice(0).copy();
north.isub(5); // about 5 units are returned every day
console.log("north after returns:", north.tolist());

// --- variant 2: south region, same thing (copy-pasted from above)
const south = sales.slice(1).copy();
south.isub(3);
console.log("south after returns:", south.tolist());

// --- variant 3: east region, also with copy
const east = sales.slice(2).copy();
east.isub(2);
console.log("east after returns:", east.tolist());

// weekend discount scenario (function works on its own copy)
const discounted = withWeekendDiscount(sales, 0.15);
console.log("discounted total:", discounted.sum().toFixed(1));

// adjusted table: inflation correction on a copy of the whole table
const adjusted = sales.copy();
adjusted.imul(1.03);
const adjustedTotal = adjusted.sum();
console.log("adjusted total:", adjustedTotal.toFixed(1));

// saturday was a holiday: we estimate it from friday, but only in the estimate table
const estimate = sales.copy();
for (let r = 0; r < estimate.shape[0]; r++) {
  const friday = estimate.get(r, 4);
  estimate.set([r, 5], friday * 1.1);
}
console.log("estimated saturday:", estimate.slice(":", 5).tolist());

// region shares for the pie chart
const shares = regionShares(sales);
for (let r = 0; r < shares.size; r++) {
  console.log(" ", regionNames[r], (shares.get(r) * 100).toFixed(1) + "%");
}

// day-of-week profile: average over regions, transposed copy so rows are days
const byDay = sales.T.copy();
byDay.idiv(sales.shape[0]);
console.log("average per day:", byDay.sum() / byDay.shape[0]);
console.log("monday row:", byDay.slice(0).tolist());

// finally the raw table, which must be exactly what came in
console.log("raw sales:", sales.tolist());
console.log("raw total:", sales.sum());
