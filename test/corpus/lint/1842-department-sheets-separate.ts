// Per-department expense sheets built from a template by copying, recalculated independently and compared against the template and each other.
import { array, zeros, full, sharesMemory, NDArray } from "ndalias";

const CATEGORIES = ["travel", "software", "hardware", "training"];
const MONTHS = 3;

// Template with default monthly allowances per category (rows) and month (columns).
const template = full([CATEGORIES.length, MONTHS], 500);
template.slice(1).fill(1200);

interface Department {
  name: string;
  sheet: NDArray;
  headcount: NDArray;
}

function newDepartment(name: string, staff: number[]): Department {
  return { name, sheet: template.copy(), headcount: array(staff) };
}

function perHead(dept: Department): NDArray {
  const monthly = zeros(MONTHS);
  for (let m = 0; m < MONTHS; m++) {
    monthly.set(m, dept.sheet.slice(":", m).sum() / dept.headcount.get(m));
  }
  return monthly;
}

function summary(dept: Department): string {
  const ph = perHead(dept).tolist() as number[];
  return `${dept.name.padEnd(12)} total=${dept.sheet.sum().toFixed(0).padStart(7)} per head=${ph.map((v) => v.toFixed(0)).join("/")}`;
}

const engineering = newDepartment("engineering", [40, 42, 45]);
const sales = newDepartment("sales", [18, 18, 20]);
const support = newDepartment("support", [10, 11, 11]);

// Engineering: more hardware in the first month, training budget doubled.
engineering.sheet.set([2, 0], 9000);
engineering.sheet.slice(3).imul(2);

// Sales travels a lot.
sales.sheet.slice(0).imul(4);

// Support: software licences from a separate quote, copied in.
const licenceQuote = array([1500, 1500, 1800]);
support.sheet.slice(1).assign(":", licenceQuote);
licenceQuote.imul(0.9);
console.log("negotiated licence quote:", licenceQuote.tolist());

for (const d of [engineering, sales, support]) console.log(summary(d));
console.log("template unchanged, total:", template.sum());

// Checks that the department sheets were really copied.
const pairs: Array<[string, NDArray, NDArray]> = [
  ["engineering/sales", engineering.sheet, sales.sheet],
  ["sales/support", sales.sheet, support.sheet],
  ["template/engineering", template, engineering.sheet],
];
for (const [label, a, b] of pairs) {
  console.log(label, "share memory:", sharesMemory(a, b));
}

// Travel column extracted by fancy indexing: a copy, so the sheet can change afterwards.
const travelByDept = array([
  engineering.sheet.slice(0).sum(),
  sales.sheet.slice(0).sum(),
  support.sheet.slice(0).sum(),
]);
const salesTravelMonths = sales.sheet.take([0], 0);
sales.sheet.slice(0).fill(0);
console.log("travel per department:", travelByDept.tolist());
console.log("sales travel before the freeze:", salesTravelMonths.tolist());
console.log("sales travel after the freeze:", sales.sheet.slice(0).sum());

// Year-to-date accumulator: its own buffer, summed into.
const ytd = zeros([CATEGORIES.length, MONTHS]);
for (const d of [engineering, sales, support]) {
  ytd.iadd(d.sheet);
}
const categoryTotals = CATEGORIES.map((c, i) => `${c}=${ytd.slice(i).sum().toFixed(0)}`);
console.log("company totals:", categoryTotals.join(" "));

// Headcount growth written into a fresh transposed copy.
const staffing = array([engineering.headcount.tolist(), sales.headcount.tolist(), support.headcount.tolist()] as number[][]);
const staffingByMonth = staffing.T.copy();
staffing.fill(0);
console.log("staffing by month:", staffingByMonth.tolist(), "cleared source total:", staffing.sum());
