// Notebook port: weekly sales per store — totals, shares, a discount scenario, outlier capping and floored targets.
// runnable
import { array, zeros, NDArray } from "ndalias";

// %% [1] load the raw weekly sales (stores x weeks)
const sales = array([
  [120, 135, 128, 140],
  [80, 95, 70, 88],
  [200, 210, 190, 220],
]);
const storeNames = ["north", "harbour", "central"];
console.log("raw sales:", sales.tolist());
console.log("grand total:", sales.sum());
console.log("best week overall:", sales.max(), "worst week:", sales.min());

// %% [2] per-store totals (each add() returns a new array)
let storeTotals = sales.slice(":", 0).add(sales.slice(":", 1));
storeTotals = storeTotals.add(sales.slice(":", 2));
storeTotals = storeTotals.add(sales.slice(":", 3));
console.log("store totals:", storeTotals.tolist());

// %% [3] share of the grand total, computed on an explicit copy
const share = storeTotals.copy();
share.idiv(storeTotals.sum());
share.imul(100);
for (let s = 0; s < storeNames.length; s++) {
  console.log(`  ${storeNames[s]}: ${share.get(s).toFixed(1)}%`);
}
console.log("totals untouched:", storeTotals.tolist());

// %% [4] weekly means, via a transposed read-only pass
const weekly = zeros(4);
for (let w = 0; w < 4; w++) {
  weekly.set(w, sales.T.slice(w).mean());
}
console.log("weekly mean:", weekly.tolist());

// %% [5] discount scenario: 10% off everything
const scenario = sales;
scenario.imul(0.9); // expect: no-alias-mutation
console.log("scenario total:", scenario.sum());
console.log("baseline total (should still be the raw one):", sales.sum());
const uplift = scenario.sum() / storeTotals.sum();
console.log("revenue ratio vs. baseline totals:", uplift.toFixed(3));

// %% [6] cap outliers on a proper copy
const capped = sales.copy();
for (let i = 0; i < capped.shape[0]; i++) {
  for (let j = 0; j < capped.shape[1]; j++) {
    if (capped.get(i, j) > 180) capped.set([i, j], 180);
  }
}
console.log("capped:", capped.tolist());

// %% [7] week-over-week growth from two column views (read only)
const lastWeek = sales.slice(":", 3);
const prevWeek = sales.slice(":", 2);
const growth = lastWeek.sub(prevWeek).div(prevWeek);
growth.imul(100);
console.log("growth (%):", growth.tolist());

// %% [8] monthly targets with a floor
function withFloor(v: NDArray, floor: number): NDArray {
  for (let i = 0; i < v.size; i++) {
    if (v.get(i) < floor) {
      v.set(i, floor); // expect: no-alias-mutation
    }
  }
  return v;
}

const targets = array([95, 130, 60, 150]);
const flooredTargets = withFloor(targets, 100);
console.log("floored targets:", flooredTargets.tolist());
console.log("original targets (for the report):", targets.tolist());

// %% [9] floor on a copy — the version that went into the final report
const reportTargets = withFloorCopy(array([95, 130, 60, 150]), 100);
function withFloorCopy(v: NDArray, floor: number): NDArray {
  const out = v.copy();
  for (let i = 0; i < out.size; i++) {
    if (out.get(i) < floor) out.set(i, floor);
  }
  return out;
}
console.log("report targets:", reportTargets.tolist());

// %% [10] monthly projection: b = b.mul(...) rebinds, it does not alias
let projection: NDArray = storeTotals;
projection = projection.mul(4.3);
projection.isub(projection.mul(0.02));
console.log("projection:", projection.tolist());
console.log("store totals again:", storeTotals.tolist());

// %% [11] summary table
const summary = zeros([storeNames.length, 2]);
summary.assign(":, 0", storeTotals);
summary.assign(":, 1", projection);
console.log("summary:", summary.tolist());
console.log("done");
