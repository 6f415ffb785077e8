// Report builders that work on fresh copies through helper layers, and summary views that are taken only after the edits are done.
import { array, zeros, NDArray } from "ndalias";

const Copies = {
  detached(x: NDArray): NDArray {
    return x.copy();
  },
  asFloat32(x: NDArray): NDArray {
    return x.astype("float32");
  },
  rowsOf(x: NDArray, rows: number[]): NDArray {
    return x.take(rows, 0);
  },
};

const Derive = {
  working(x: NDArray): NDArray {
    return Copies.detached(x);
  },
  ranked(x: NDArray): NDArray {
    const s = Copies.detached(x).flatten();
    s.sort();
    return s;
  },
  capped(x: NDArray, hi: number): NDArray {
    const y = Derive.working(x);
    for (let i = 0; i < y.size; i++) {
      if (y.get(i) > hi) y.set(i, hi);
    }
    return y;
  },
  quantised(x: NDArray, levels: number): NDArray {
    const q = Copies.asFloat32(x);
    q.imul(levels);
    for (let i = 0; i < q.size; i++) q.data[i] = Math.round(q.data[i] as number);
    q.idiv(levels);
    return q;
  },
  topRowsScaled(x: NDArray, rows: number[], k: number): NDArray {
    const picked = Copies.rowsOf(x, rows);
    picked.imul(k);
    return picked;
  },
};

function median(x: NDArray): number {
  const r = Derive.ranked(x);
  return r.get(Math.floor(r.size / 2));
}

function quarterTotals(monthly: NDArray): NDArray {
  const totals = zeros(4);
  for (let q = 0; q < 4; q++) {
    totals.set(q, monthly.slice(`${q * 3}:${q * 3 + 3}`).sum());
  }
  return totals;
}

const monthly = array([12, 15, 9, 22, 30, 18, 11, 8, 25, 27, 14, 19]);
const scores = array([[0.91, 0.12], [0.45, 0.77], [0.33, 0.58]]);

console.log("median month:", median(monthly));
console.log("capped at 20:", Derive.capped(monthly, 20).tolist());
console.log("quantised scores:", Derive.quantised(scores, 4).tolist());
console.log("rows 0 and 2 doubled:", Derive.topRowsScaled(scores, [0, 2], 2).tolist());

// Edit first, then make the names that look at the result.
const totals = quarterTotals(monthly);
totals.imul(1000);
totals.set(3, totals.get(3) + 500);
const firstHalf = totals.slice(":2");
const secondHalf = totals.slice("2:");
console.log("H1:", firstHalf.sum(), "H2:", secondHalf.sum(), "year:", totals.sum());

const plan = Derive.working(monthly);
plan.iadd(2);
plan.slice("-3:").imul(1.1);
const planByQuarter = plan.reshape(4, 3);
console.log("plan by quarter:", planByQuarter.tolist());
console.log("plan total vs actual:", plan.sum().toFixed(1), monthly.sum());

const flagged = scores.take([1], 0);
flagged.fill(0);
console.log("flagged row cleared:", flagged.tolist(), "scores kept:", scores.tolist());
