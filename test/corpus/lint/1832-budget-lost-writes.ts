// Project budget sheet recalculation: clears cancelled projects, applies a growth factor, ranks quarters and prints the sheet.
// runnable
import { array, NDArray } from "ndalias";

const PROJECTS = ["apollo", "borealis", "cygnus", "draco", "eridanus"];
const QUARTERS = ["Q1", "Q2", "Q3", "Q4"];

const budget = array([
  [40, 42, 45, 50],
  [12, 12, 14, 15],
  [80, 60, 55, 70],
  [25, 30, 35, 20],
  [9, 11, 10, 12],
]);

function zeroCancelled(sheet: NDArray, rows: number[]): void {
  const selected = sheet.take(rows, 0);
  selected.fill(0); // expect: no-lost-write
}

function rowTotals(sheet: NDArray): number[] {
  const totals: number[] = [];
  for (let r = 0; r < sheet.shape[0]; r++) {
    totals.push(sheet.slice(r).sum());
  }
  return totals;
}

function quarterRanking(sheet: NDArray): string[] {
  const order = QUARTERS.map((_, q) => ({ q, total: sheet.slice(":", q).sum() }));
  order.sort((a, b) => b.total - a.total);
  return order.map((o) => QUARTERS[o.q]);
}

function withContingency(sheet: NDArray, rate: number): NDArray {
  const padded = sheet.copy();
  padded.imul(1 + rate);
  return padded;
}

function printBudget(title: string, sheet: NDArray): void {
  console.log(`== ${title} ==`);
  const totals = rowTotals(sheet);
  (sheet.tolist() as number[][]).forEach((row, r) => {
    const cells = row.map((v) => v.toFixed(1).padStart(7)).join("");
    console.log(PROJECTS[r].padEnd(10) + cells + "  | " + totals[r].toFixed(1));
  });
}

printBudget("submitted", budget);

// Step 1: cancelled projects.
const cancelled = PROJECTS.flatMap((name, r) => (name === "borealis" || name === "draco" ? [r] : []));
zeroCancelled(budget, cancelled);

// Step 2: largest single-quarter allocations, ranked from a sorted copy that is printed.
const allocations = budget.flatten();
allocations.sort();
const top3 = (allocations.tolist() as number[]).slice(-3).reverse();
console.log("largest allocations:", top3.join(", "));

// Step 3: approved growth for next year, applied at reporting precision.
const growth = 1.03;
budget.astype("float32").imul(growth); // expect: no-lost-write

// Step 4: the reserve column is halved in place on the sheet itself.
budget.slice(":", 3).imul(0.5);

// Step 5: per-project share of the total, from a fresh array that is read.
const projectTotals = array(rowTotals(budget));
const shares = projectTotals.div(projectTotals.sum());
shares.imul(100);
console.log(
  "shares (%):",
  (shares.tolist() as number[]).map((s, r) => `${PROJECTS[r]}=${s.toFixed(1)}`).join(" "),
);

// Step 6: a contingency view of the plan for the risk committee, built on a copy.
const contingency = withContingency(budget, 0.15);
console.log("with 15% contingency:", contingency.sum().toFixed(1), "vs plan", budget.sum().toFixed(1));

printBudget("recalculated", budget);
console.log("quarters by spend:", quarterRanking(budget).join(" > "));
console.log("grand total:", budget.sum());
