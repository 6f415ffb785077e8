// Builds derived sheets for a headcount workbook from fresh copies: currency conversion, ranked salaries, selected rows and period deltas.
import { array, NDArray } from "ndalias";

const TEAMS = ["platform", "mobile", "data", "design"];

// Columns: headcount, average salary (EUR), contractors.
const current = array([
  [14, 72000, 2],
  [9, 68000, 4],
  [6, 81000, 1],
  [4, 64000, 0],
]);
const previous = array([
  [12, 70000, 3],
  [9, 66000, 2],
  [5, 79000, 1],
  [4, 62000, 1],
]);

function convertSalaries(sheet: NDArray, rate: number): NDArray {
  const converted = sheet.astype("float64");
  converted.slice(":", 1).imul(rate);
  return converted;
}

function rankedSalaries(sheet: NDArray): number[] {
  const salaries = sheet.take([1], 1).flatten();
  salaries.sort();
  return salaries.tolist() as number[];
}

function selectTeams(sheet: NDArray, rows: number[]): NDArray {
  const picked = sheet.take(rows, 0);
  picked.assign(":, 2", 0);
  return picked;
}

function relativeChange(now: NDArray, before: NDArray): NDArray {
  const delta = now.sub(before);
  delta.idiv(before.add(1e-9));
  return delta;
}

function payroll(sheet: NDArray): number {
  const perTeam = sheet.slice(":", 0).mul(sheet.slice(":", 1));
  perTeam.imul(1.21); // employer contributions
  return perTeam.sum();
}

function printSheet(title: string, sheet: NDArray): void {
  console.log(`# ${title}`);
  (sheet.tolist() as number[][]).forEach((row, r) => {
    console.log(TEAMS[r].padEnd(10) + row.map((v) => v.toFixed(2).padStart(12)).join(""));
  });
}

printSheet("current (EUR)", current);

const usd = convertSalaries(current, 1.08);
printSheet("current (USD)", usd);

console.log("salaries ranked:", rankedSalaries(current).join(" < "));

const productTeams = selectTeams(current, [0, 1]);
printSheet("product teams, employees only", productTeams);

const change = relativeChange(current, previous);
change.imul(100);
console.log(
  "headcount change (%):",
  TEAMS.map((t, r) => `${t}=${change.get(r, 0).toFixed(1)}`).join(" "),
);

// Budget for next year: a fresh copy with raises applied, then compared to this year.
const hires = array([
  [2, 0, 0],
  [1, 0, 0],
  [1, 0, 0],
  [0, 0, 0],
]);
const nextYear = current.copy().iadd(hires);
nextYear.slice(":", 1).imul(1.035);
console.log("payroll this year:", payroll(current).toFixed(0));
console.log("payroll next year:", payroll(nextYear).toFixed(0));

// Contractor conversion plan: each team converts half its contractors, worked out on a flattened copy.
const plan = current.take([0, 2], 1).flatten();
for (let r = 0; r < TEAMS.length; r++) {
  const contractors = current.get(r, 2);
  plan.set(2 * r, current.get(r, 0) + Math.floor(contractors / 2));
  plan.set(2 * r + 1, contractors - Math.floor(contractors / 2));
}
console.log("plan (headcount, contractors):", plan.tolist());
console.log("employees after conversion:", plan.slice("::2").sum(), "contractors left:", plan.slice("1::2").sum());
