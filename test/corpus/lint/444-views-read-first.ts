// Notebook: summarises a sales matrix through several views first, then applies a discount and region edits in place and prints the matrix.
import { array } from "ndalias";

// rows = regions, columns = months
const sales = array([
  [120, 95, 130, 110],
  [80, 110, 105, 90],
  [60, 75, 70, 85],
]);

// ---- Part 1: look at the data through views (no copies made) ----
const firstQuarter = sales.slice(":", ":3");
const byMonth = sales.T;
const flat = sales.ravel();
const north = sales.slice(0);
const report = sales; // just another name for the same matrix

console.log("Q1 total:", firstQuarter.sum());
console.log("by month:", byMonth.tolist());
console.log("best single month:", flat.max(), "worst:", flat.min());
console.log("north mean:", north.mean());
console.log("report total:", report.sum());

// All the views above are finished with: nothing reads them after this line,
// so changing sales now cannot surprise anybody.

// ---- Part 2: edit the matrix itself ----
// 10% discount on everything.
sales.imul(0.9);

// sales[2] = 0: the southern region closed. Chained view write, nothing kept.
sales.slice(2).fill(0);

// sales[:, -1] += 5: an end-of-year bonus, again written in one step.
sales.slice(":", -1).iadd(5);

// Writing data directly through the matrix's own buffer is plain mutation too.
for (let i = 0; i < sales.size; i++) {
  sales.data[i] = Math.round(sales.data[i] as number);
}

console.log("edited sales:", sales.tolist());
console.log("edited total:", sales.sum());

// ---- Part 3: fresh views made after the edits see the new values by design ----
const editedNorth = sales.slice(0);
const editedByMonth = sales.T;
console.log("edited north:", editedNorth.tolist());
console.log("edited by month:", editedByMonth.tolist());

// ---- Part 4: a per-month summary written into its own buffer ----
const monthTotals = array([0, 0, 0, 0]);
for (let j = 0; j < 4; j++) {
  monthTotals.set(j, sales.slice(":", j).sum());
}
console.log("month totals:", monthTotals.tolist());
