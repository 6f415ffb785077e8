// Named ranges for a regional sales sheet kept in a Map: each range is a view of the sheet block, and helpers total, discount or highlight a range.
import { array, NDArray } from "ndalias";

const REGIONS = ["north", "south", "east", "west"];
const MONTHS = ["jan", "feb", "mar"];

const sales = array([
  [310, 290, 335],
  [120, 140, 150],
  [205, 190, 240],
  [88, 95, 101],
]);

const namedRanges = new Map<string, NDArray>();

function defineRange(name: string, range: NDArray): void {
  if (namedRanges.has(name)) throw new Error(`range ${name} already defined`);
  namedRanges.set(name, range);
}

function rangeTotal(name: string): number {
  const range = namedRanges.get(name);
  if (!range) throw new Error(`unknown range ${name}`);
  return range.sum();
}

function applyDiscount(range: NDArray, rate: number): number {
  range.imul(1 - rate); // expect: no-alias-mutation
  return range.sum();
}

function discountedCopy(range: NDArray, rate: number): NDArray {
  return range.mul(1 - rate);
}

function formatRow(label: string, values: number[]): string {
  return label.padEnd(8) + values.map((v) => v.toFixed(0).padStart(6)).join("");
}

const north = sales.slice(REGIONS.indexOf("north"));
const january = sales.slice(":", MONTHS.indexOf("jan"));
const firstQuarterEast = sales.slice(REGIONS.indexOf("east"), ":");
defineRange("North", north);
defineRange("January", january);
defineRange("EastQ1", firstQuarterEast);

console.log(formatRow("", []) + MONTHS.map((m) => m.padStart(6)).join(""));
REGIONS.forEach((r, i) => console.log(formatRow(r, sales.slice(i).tolist() as number[])));

const report = new Map<string, number>();
for (const name of namedRanges.keys()) {
  report.set(name, rangeTotal(name));
}
console.log("named range totals before the promotion:", Object.fromEntries(report));

// Promotion: the January bonus order in the north is booked through the named range.
const bonusOrder = 50;
north.set(0, north.get(0) + bonusOrder); // expect: no-view-mutation
console.log("sheet total after the bonus order:", sales.sum());
console.log("January total:", january.sum());

// Price list scenario on a detached copy: the helper discounts what it is given.
const westPrices = sales.slice(REGIONS.indexOf("west")).copy();
const westAfterDiscount = applyDiscount(westPrices, 0.1);
console.log("west after 10% discount:", westAfterDiscount.toFixed(1));

// Side-by-side comparison computed into new arrays.
const southDiscounted = discountedCopy(sales.slice(REGIONS.indexOf("south")), 0.05);
console.log("south discounted:", southDiscounted.tolist());

// Highlight: the top month per region, from reads only.
for (let r = 0; r < REGIONS.length; r++) {
  const row = sales.slice(r);
  let best = 0;
  for (let m = 1; m < MONTHS.length; m++) {
    if (row.get(m) > row.get(best)) best = m;
  }
  console.log(`${REGIONS[r]} peaks in ${MONTHS[best]} with ${row.get(best)}`);
}

const grandTotal = sales.sum();
const shares = REGIONS.map((r, i) => `${r}=${((sales.slice(i).sum() / grandTotal) * 100).toFixed(1)}%`);
console.log("regional shares:", shares.join(" "));
