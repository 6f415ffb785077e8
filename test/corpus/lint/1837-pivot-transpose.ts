// Region-by-product sheet with a pivot (product-by-region) view for the dashboard, a returns correction and a year-ahead projection.
import { array, zeros, NDArray } from "ndalias";

const REGIONS = ["north", "south", "east"];
const PRODUCTS = ["widgets", "gadgets", "gizmos", "doohickeys"];

const sheet = array([
  [140, 95, 60, 22],
  [110, 130, 45, 18],
  [90, 70, 85, 40],
]);

function rowTotals(grid: NDArray): number[] {
  const out: number[] = [];
  for (let r = 0; r < grid.shape[0]; r++) out.push(grid.slice(r).sum());
  return out;
}

function printTable(title: string, grid: NDArray, rowLabels: string[], colLabels: string[]): void {
  console.log(`## ${title}`);
  console.log("".padEnd(12) + colLabels.map((c) => c.slice(0, 8).padStart(10)).join(""));
  (grid.tolist() as number[][]).forEach((row, r) => {
    console.log(rowLabels[r].padEnd(12) + row.map((v) => v.toFixed(1).padStart(10)).join(""));
  });
}

function bestSeller(grid: NDArray, labels: string[]): string {
  const totals = rowTotals(grid);
  let best = 0;
  for (let i = 1; i < totals.length; i++) if (totals[i] > totals[best]) best = i;
  return labels[best];
}

function normalisedByColumn(grid: NDArray): NDArray {
  const out = zeros(grid.shape);
  for (let c = 0; c < grid.shape[1]; c++) {
    const col = grid.slice(":", c);
    const total = col.sum();
    out.slice(":", c).assign(":", total === 0 ? col : col.div(total));
  }
  return out;
}

const pivot = sheet.T;
printTable("by region", sheet, REGIONS, PRODUCTS);
printTable("pivot: by product", pivot, PRODUCTS, REGIONS);
console.log("best-selling product:", bestSeller(pivot, PRODUCTS));

// Returned goods: twelve gadgets from the south come back.
const returned = 12;
sheet.set([1, 1], sheet.get(1, 1) - returned); // expect: no-view-mutation
printTable("pivot after returns", pivot, PRODUCTS, REGIONS);

// Dashboard copy of the pivot, scaled to thousands: its own memory, read afterwards.
const dashboard = sheet.T.copy();
dashboard.idiv(1000);
console.log("dashboard (k units):", dashboard.tolist());

// Regional mix per product, from a freshly built array.
const mix = normalisedByColumn(sheet);
console.log("north share of each product:", (mix.slice(0).tolist() as number[]).map((v) => v.toFixed(2)).join(" "));

// Year-ahead projection with gizmos discontinued in the north.
const growth = 0.15;
const projection = sheet.mul(1 + growth);
projection.set([0, PRODUCTS.indexOf("gizmos")], 0); // expect: no-lost-write
console.log("projected grand total:", (sheet.sum() * (1 + growth)).toFixed(1));

// Per-region targets built in a new array and printed.
const targets = zeros(REGIONS.length);
rowTotals(sheet).forEach((t, r) => targets.set(r, Math.ceil(t * 1.1)));
console.log("targets:", targets.tolist());
console.log("regions ranked:", bestSeller(sheet, REGIONS), "leads");

// Gap to target per region, computed into a fresh array that is read.
const actual = array(rowTotals(sheet));
const gap = targets.sub(actual);
gap.imul(-1);
for (let r = 0; r < REGIONS.length; r++) {
  const status = gap.get(r) >= 0 ? "on track" : "behind";
  console.log(`${REGIONS[r].padEnd(6)} ${gap.get(r).toFixed(0).padStart(5)} ${status}`);
}
