// Quarterly P&L sheet whose revenue and cost columns are views of one block; a recalc pass applies an inflation forecast and refreshes margins.
// runnable
import { array, NDArray } from "ndalias";

type ColumnName = "revenue" | "cost" | "margin";

const COLUMN_INDEX: Record<ColumnName, number> = { revenue: 0, cost: 1, margin: 2 };
const QUARTERS = ["Q1", "Q2", "Q3", "Q4"];

const block = array([
  [120, 80, 0],
  [150, 90, 0],
  [170, 95, 0],
  [160, 100, 0],
]);

function columnTotal(sheet: NDArray, name: ColumnName): number {
  return sheet.slice(":", COLUMN_INDEX[name]).sum();
}

function refreshMargins(sheet: NDArray): void {
  const rev = sheet.slice(":", COLUMN_INDEX.revenue);
  const cost = sheet.slice(":", COLUMN_INDEX.cost);
  sheet.slice(":", COLUMN_INDEX.margin).assign(":", rev.sub(cost));
}

function printSheet(title: string, sheet: NDArray): void {
  console.log(`--- ${title} ---`);
  const rows = sheet.tolist() as number[][];
  console.log("      " + ["revenue", "cost", "margin"].map((h) => h.padStart(9)).join(""));
  rows.forEach((row, i) => {
    const cells = row.map((v) => v.toFixed(1).padStart(9)).join("");
    console.log(QUARTERS[i].padEnd(6) + cells);
  });
}

function marginRatio(sheet: NDArray): number {
  const revenueTotal = columnTotal(sheet, "revenue");
  if (revenueTotal === 0) return 0;
  return columnTotal(sheet, "margin") / revenueTotal;
}

// Opening figures.
refreshMargins(block);
printSheet("opening", block);

const revenue = block.slice(":", COLUMN_INDEX.revenue);
const cost = block.slice(":", COLUMN_INDEX.cost);
const openingRevenue = revenue.sum();
const openingCost = cost.sum();
console.log("opening margin ratio:", marginRatio(block).toFixed(3));

// A what-if scenario lives on a detached copy and is reported on its own.
const scenario = block.copy();
scenario.slice(":", COLUMN_INDEX.cost).imul(0.9);
refreshMargins(scenario);
console.log("scenario (10% cheaper supply) margin total:", columnTotal(scenario, "margin"));
console.log("scenario margin ratio:", marginRatio(scenario).toFixed(3));

// Inflation forecast for next year, meant for the forecast only.
const inflation = 1.04;
cost.imul(inflation); // expect: no-view-mutation
const forecastCost = cost.sum();

refreshMargins(block);
printSheet("after inflation", block);
console.log(
  "opening revenue / cost:",
  openingRevenue,
  openingCost,
  "forecast cost:",
  forecastCost.toFixed(2),
);

// Adjustments ledger: one entry per quarter, with a frozen version for the auditors.
const adjustments = array([12, 7, 30, 4.5]);
const auditorsVersion = adjustments;
const lateAccrual = 1.5;
adjustments.set(2, adjustments.get(2) + lateAccrual); // expect: no-alias-mutation

const adjustedMargins = block.slice(":", COLUMN_INDEX.margin).sub(adjustments);
console.log("adjusted margins:", adjustedMargins.tolist());
console.log("auditors' adjustments total:", auditorsVersion.sum());
console.log("current adjustments total:", adjustments.sum());

// Per-quarter share of yearly revenue, computed into a fresh array that is printed.
const share = revenue.div(revenue.sum());
share.imul(100);
console.log(
  "revenue share (%):",
  (share.tolist() as number[]).map((v, i) => `${QUARTERS[i]}=${v.toFixed(1)}`).join(" "),
);
