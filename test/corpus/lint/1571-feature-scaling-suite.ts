// Test suite for feature-scaling helpers (min-max scaling, capping of the last feature column, robust range) run against small fixture matrices.
import { array, NDArray } from "ndalias";

type Case = { name: string; run: () => boolean };

function approxEqual(a: number, b: number, tol = 1e-9): boolean {
  return Math.abs(a - b) <= tol;
}

function assertListClose(actual: NDArray, expected: number[], label: string): boolean {
  const got = actual.tolist() as number[];
  const ok = got.length === expected.length && got.every((v, i) => approxEqual(v, expected[i]));
  if (!ok) {
    console.log(`    ${label}: got [${got.join(", ")}], expected [${expected.join(", ")}]`);
  }
  return ok;
}

// --- operations under test ---------------------------------------------------

export function minMaxScaled(x: NDArray): NDArray {
  const lo = x.min();
  const span = x.max() - lo;
  const out = x.sub(lo);
  out.idiv(span === 0 ? 1 : span);
  return out;
}

export function minMaxScale(x: NDArray): NDArray {
  const lo = x.min();
  const span = x.max() - lo || 1;
  x.assign(":", x.sub(lo).div(span)); // expect: no-alias-mutation
  return x;
}

export function capLastColumn(features: NDArray, cap: number): number {
  const last = features.slice(":", -1);
  let count = 0;
  for (let i = 0; i < last.size; i++) {
    if (last.get(i) > cap) {
      last.set(i, cap); // expect: no-view-mutation
      count++;
    }
  }
  return count;
}

export function robustRange(x: NDArray): number {
  const sorted = x.flatten();
  sorted.sort();
  const q1 = sorted.get(Math.floor(sorted.size / 4));
  const q3 = sorted.get(Math.floor((3 * sorted.size) / 4));
  return q3 - q1;
}

// --- fixtures ------------------------------------------------------------------

function makeFeatures(): NDArray {
  return array([
    [1, 10, 100],
    [2, 20, 300],
    [3, 30, 200],
  ]);
}

function makeColumn(): NDArray {
  return array([4, 8, 6, 2]);
}

// --- cases ---------------------------------------------------------------------

const cases: Case[] = [
  {
    name: "minMaxScaled maps a column onto [0, 1] and keeps the input",
    run: () => {
      const x = makeColumn();
      const scaled = minMaxScaled(x);
      return assertListClose(scaled, [1 / 3, 1, 2 / 3, 0], "scaled") && assertListClose(x, [4, 8, 6, 2], "input");
    },
  },
  {
    name: "minMaxScale scales in place and hands back its argument",
    run: () => {
      const x = makeColumn();
      const result = minMaxScale(x);
      return result === x && approxEqual(x.max(), 1) && approxEqual(x.min(), 0);
    },
  },
  {
    name: "capLastColumn caps only values above the limit",
    run: () => {
      const m = makeFeatures();
      const n = capLastColumn(m, 250);
      return n === 1 && approxEqual(m.get(1, 2), 250) && approxEqual(m.get(2, 2), 200);
    },
  },
  {
    name: "robustRange of a column is the inter-quartile distance",
    run: () => {
      const x = makeColumn();
      const r = robustRange(x);
      return approxEqual(r, 4) && assertListClose(x, [4, 8, 6, 2], "input after robustRange");
    },
  },
  {
    name: "constant columns scale to zeros",
    run: () => {
      const flat = array([5, 5, 5]);
      return assertListClose(minMaxScaled(flat), [0, 0, 0], "constant column");
    },
  },
];

let failures = 0;
for (const c of cases) {
  const ok = c.run();
  if (!ok) failures++;
  console.log(`${ok ? "ok  " : "FAIL"} ${c.name}`);
}
console.log(`${cases.length - failures}/${cases.length} cases passed`);
