// Runtime benchmark (not a test): ndalias kernels vs a hand-written
// Float64Array loop over the same memory, and the same ops in scijs
// ndarray-ops. Run with `npm run bench` (builds dist/ first).
//
// For each op, the three variants run alternately (ndalias, hand loop,
// ndarray-ops, ndalias, ...) in one process after a warm-up, and the table
// gives the median time of each and the ratios to the hand loop. The target
// for ndalias is a ratio <= 1.2 (1.5 at worst); ratios above are flagged.
//
//   NDALIAS_BENCH_ROUNDS=40 npm run bench
import { performance } from "node:perf_hooks";
// NDALIAS_BENCH_DIST=<dir> benchmarks another build (e.g. an older commit compiled elsewhere) for before/after comparisons.
const nd = await import(process.env.NDALIAS_BENCH_DIST ? `${process.env.NDALIAS_BENCH_DIST}/src/index.js` : "../dist/src/index.js");
import ndarray from "ndarray";
import ops from "ndarray-ops";

const N = 1 << 20;
const R = 1024;
const ROUNDS = Number(process.env.NDALIAS_BENCH_ROUNDS ?? 25);
const WARMUP = 5;
const TARGET = 1.2;
const WORST = 1.5;

function filled(n, seed) {
  const a = new Float64Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    a[i] = (s % 1000) / 1000;
  }
  return a;
}

/** An ndalias array whose backing buffer holds `values` (copied in through `data`). */
function ndFrom(values, shape) {
  const a = nd.zeros(shape);
  a.data.set(values);
  return a;
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ------------------------------------------------------------------ cases
// Each case: { name, ndalias(), hand(), scijs() } — each call does the op once.
// In-place ops accumulate into their destination across rounds (values stay
// finite: adds of numbers < 1, ~100 times).

function caseContiguous() {
  const a = ndFrom(filled(N, 1), [N]);
  const b = ndFrom(filled(N, 2), [N]);
  const A = filled(N, 1), B = filled(N, 2);
  const sa = ndarray(filled(N, 1), [N]), sb = ndarray(filled(N, 2), [N]);
  return {
    name: "iadd contiguous (2^20)",
    ndalias: () => a.iadd(b),
    hand: () => { for (let i = 0; i < N; i++) A[i] += B[i]; },
    scijs: () => ops.addeq(sa, sb),
  };
}

function caseTransposed() {
  // destination a.T (a is 1024x1024 C-order), source b C-contiguous 1024x1024
  const a = ndFrom(filled(N, 3), [R, R]);
  const b = ndFrom(filled(N, 4), [R, R]);
  const at = a.T;
  const A = filled(N, 3), B = filled(N, 4);
  const sat = ndarray(filled(N, 3), [R, R]).transpose(1, 0), sb = ndarray(filled(N, 4), [R, R]);
  return {
    name: "iadd into transposed view (1024x1024)",
    ndalias: () => at.iadd(b),
    // memory order of the destination: A[i*R + j] is at.T[j][i], paired with B[j*R + i]
    hand: () => {
      for (let i = 0; i < R; i++) {
        const ai = i * R;
        for (let j = 0; j < R; j++) A[ai + j] += B[j * R + i];
      }
    },
    scijs: () => ops.addeq(sat, sb),
  };
}

function caseStepped() {
  // destination: every other row and column of a 2048x2048 array; source 1024x1024 contiguous
  const W = 2 * R;
  const big = ndFrom(filled(W * W, 5), [W, W]);
  const view = big.slice("::2, ::2");
  const b = ndFrom(filled(N, 6), [R, R]);
  const BIG = filled(W * W, 5), B = filled(N, 6);
  const sview = ndarray(filled(W * W, 5), [W, W]).step(2, 2), sb = ndarray(filled(N, 6), [R, R]);
  return {
    name: "iadd into ::2,::2 view (2048^2 -> 1024^2)",
    ndalias: () => view.iadd(b),
    hand: () => {
      for (let i = 0; i < R; i++) {
        const bi = 2 * i * W, si = i * R;
        for (let j = 0; j < R; j++) BIG[bi + 2 * j] += B[si + j];
      }
    },
    scijs: () => ops.addeq(sview, sb),
  };
}

function caseBroadcastRow() {
  const a = ndFrom(filled(N, 7), [R, R]);
  const row = ndFrom(filled(R, 8), [R]);
  const A = filled(N, 7), ROW = filled(R, 8);
  const sa = ndarray(filled(N, 7), [R, R]);
  const srow = ndarray(filled(R, 8), [R, R], [0, 1], 0); // broadcast by a zero stride
  return {
    name: "iadd broadcast row (1024x1024 += 1024)",
    ndalias: () => a.iadd(row),
    hand: () => {
      for (let i = 0; i < R; i++) {
        const ai = i * R;
        for (let j = 0; j < R; j++) A[ai + j] += ROW[j];
      }
    },
    scijs: () => ops.addeq(sa, srow),
  };
}

function caseAddNew() {
  // a new result array each call (ndalias allocates; so does the hand loop)
  const a = ndFrom(filled(N, 10), [N]);
  const b = ndFrom(filled(N, 11), [N]);
  const A = filled(N, 10), B = filled(N, 11);
  const sa = ndarray(filled(N, 10), [N]), sb = ndarray(filled(N, 11), [N]);
  return {
    name: "add -> new array, contiguous (2^20)",
    ndalias: () => { const r = a.add(b); sink += r.data[7]; r.dispose(); },
    hand: () => { const O = new Float64Array(N); for (let i = 0; i < N; i++) O[i] = A[i] + B[i]; sink += O[7]; },
    scijs: () => { const so = ndarray(new Float64Array(N), [N]); ops.add(so, sa, sb); sink += so.data[7]; },
  };
}

function caseAddTransposed() {
  // a.T + 1 (a 1024x1024 C-order): NumPy's order K makes the result F-ordered, so the
  // loop runs in memory order; the hand loop does the same over the raw buffers
  const a = ndFrom(filled(N, 12), [R, R]);
  const at = a.T;
  const A = filled(N, 12);
  const sat = ndarray(filled(N, 12), [R, R]).transpose(1, 0);
  return {
    name: "add scalar -> new array, transposed (1024^2)",
    ndalias: () => { const r = at.add(1); sink += r.data[7]; r.dispose(); },
    hand: () => { const O = new Float64Array(N); for (let i = 0; i < N; i++) O[i] = A[i] + 1; sink += O[7]; },
    scijs: () => { const so = ndarray(new Float64Array(N), [R, R]); ops.adds(so, sat, 1); sink += so.data[7]; },
  };
}

let sink = 0;
function caseSum() {
  const a = ndFrom(filled(N, 9), [N]);
  const A = filled(N, 9);
  const sa = ndarray(filled(N, 9), [N]);
  return {
    name: "sum contiguous (2^20)",
    ndalias: () => { sink += a.sum(); },
    hand: () => { let s = 0; for (let i = 0; i < N; i++) s += A[i]; sink += s; },
    scijs: () => { sink += ops.sum(sa); },
  };
}

// ------------------------------------------------------------------ run

function time(f) {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

function run(c) {
  for (let i = 0; i < WARMUP; i++) { c.ndalias(); c.hand(); c.scijs(); }
  const tn = [], th = [], ts = [];
  for (let i = 0; i < ROUNDS; i++) {
    tn.push(time(c.ndalias));
    th.push(time(c.hand));
    ts.push(time(c.scijs));
  }
  const mh = median(th);
  return { name: c.name, nd: median(tn), hand: mh, scijs: median(ts), rNd: median(tn) / mh, rScijs: median(ts) / mh };
}

const flag = (r) => (r > WORST ? "  !! above worst case" : r > TARGET ? "  ! above target" : "");
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

console.log(`ndalias runtime benchmark: Float64, ${N} elements per op, ${ROUNDS} alternating rounds after ${WARMUP} warm-up, medians`);
console.log(`node ${process.version}; target ratio to the hand-written loop <= ${TARGET} (${WORST} worst)\n`);
console.log(`${pad("op", 42)}${lpad("hand ms", 9)}${lpad("ndalias ms", 12)}${lpad("ratio", 8)}${lpad("ndarray-ops ms", 16)}${lpad("ratio", 8)}`);
const rows = [];
for (const make of [caseContiguous, caseTransposed, caseStepped, caseBroadcastRow, caseAddNew, caseAddTransposed, caseSum]) {
  const r = run(make());
  rows.push(r);
  console.log(
    `${pad(r.name, 42)}${lpad(r.hand.toFixed(3), 9)}${lpad(r.nd.toFixed(3), 12)}${lpad(r.rNd.toFixed(2), 8)}` +
      `${lpad(r.scijs.toFixed(3), 16)}${lpad(r.rScijs.toFixed(2), 8)}${flag(r.rNd)}`,
  );
}
const over = rows.filter((r) => r.rNd > TARGET);
console.log(
  over.length === 0
    ? `\nall ndalias ratios within the target (<= ${TARGET})`
    : `\n${over.length} ndalias ratio(s) above the target ${TARGET}: ${over.map((r) => `${r.name} ${r.rNd.toFixed(2)}`).join("; ")}`,
);
if (!Number.isFinite(sink)) console.log("(sink)", sink);
