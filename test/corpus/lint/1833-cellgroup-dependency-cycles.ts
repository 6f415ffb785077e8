// Dependency graph of cell groups for a recalculation engine: each group holds its values, points at the group it feeds from, and knows its root.
import { array, zeros, NDArray } from "ndalias";

class CellGroup {
  values: NDArray;
  feedsFrom: CellGroup | null = null;
  root: CellGroup | null = null;
  weight = 1;

  constructor(
    readonly label: string,
    values: NDArray,
  ) {
    this.values = values;
  }

  chainLength(limit = 16): number {
    let n = 0;
    let node: CellGroup | null = this.feedsFrom;
    while (node && n < limit) {
      n++;
      node = node.feedsFrom;
    }
    return n;
  }
}

function makeRoot(group: CellGroup): CellGroup {
  group.root = group; // expect: no-reference-cycle
  group.weight = 1;
  return group;
}

function attach(child: CellGroup, source: CellGroup, weight: number): void {
  child.feedsFrom = source;
  child.root = source.root ?? source;
  child.weight = weight;
}

// Goal-seek needs two groups to be recalculated from each other in turns.
function makeGoalSeekPair(target: CellGroup, driver: CellGroup): void {
  target.feedsFrom = driver;
  driver.feedsFrom = target; // expect: no-reference-cycle
  target.weight = 0.5;
  driver.weight = 0.5;
}

function evaluate(group: CellGroup, depth = 0): NDArray {
  const own = group.values.mul(group.weight);
  if (!group.feedsFrom || depth >= 8) return own;
  return own.add(evaluate(group.feedsFrom, depth + 1));
}

function describe(group: CellGroup): string {
  const rootLabel = group.root ? group.root.label : "-";
  return `${group.label.padEnd(10)} root=${rootLabel.padEnd(10)} chain=${group.chainLength()}`;
}

// Build a three-level roll-up: raw inputs -> adjusted -> report.
const inputs = makeRoot(new CellGroup("inputs", array([100, 250, 75, 30])));
const adjusted = new CellGroup("adjusted", array([-5, 10, 0, 2]));
const report = new CellGroup("report", zeros(4));

attach(adjusted, inputs, 1);
attach(report, adjusted, 1);

for (const g of [inputs, adjusted, report]) console.log(describe(g));

const reportValues = evaluate(report);
console.log("report values:", reportValues.tolist(), "total:", reportValues.sum());

// Goal seek: find the price that gives the requested margin.
const price = new CellGroup("price", array([12.0]));
const margin = new CellGroup("margin", array([0.25]));
makeGoalSeekPair(margin, price);

const targetMargin = 0.3;
const unitCost = 9;
let estimate = price.values.get(0);
for (let iter = 0; iter < 20; iter++) {
  const achieved = (estimate - unitCost) / estimate;
  if (Math.abs(achieved - targetMargin) < 1e-6) break;
  estimate += (targetMargin - achieved) * estimate;
}
const solved = array([estimate]);
console.log("goal-seek price:", solved.get(0).toFixed(2), "iterations capped at", price.chainLength(4));

// A scratch group for a sensitivity table; evaluated once and printed.
const sensitivity = new CellGroup("sens", array([0.9, 1.0, 1.1, 1.2]));
attach(sensitivity, inputs, 1);
const scaled = evaluate(sensitivity);
console.log("sensitivity:", scaled.tolist());
console.log("sensitivity chain:", describe(sensitivity));
