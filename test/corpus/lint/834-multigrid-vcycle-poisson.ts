// Geometric multigrid V-cycles for the 1-D Poisson problem -u'' = f on (0, 1): weighted-Jacobi smoothing, full-weighting restriction, linear prolongation and an exact coarsest solve.
import { zeros, NDArray } from "ndalias";

const N_FINE = 127;
const DEPTH = 6; // 127 -> 63 -> 31 -> 15 -> 7 -> 3
const OMEGA = 2 / 3;
const NU_PRE = 2;
const NU_POST = 2;
const TOLERANCE = 1e-9;

class Level {
  u: NDArray;
  f: NDArray;
  r: NDArray;
  coarser: Level | null = null;
  finer: Level | null = null;

  constructor(readonly n: number) {
    this.u = zeros(n + 2);
    this.f = zeros(n + 2);
    this.r = zeros(n + 2);
  }

  get h(): number {
    return 1 / (this.n + 1);
  }
}

/** Builds the grid hierarchy, finest first, with links in both directions. */
function buildHierarchy(nFine: number, depth: number): Level {
  const top = new Level(nFine);
  let current = top;
  for (let l = 1; l < depth; l++) {
    const next = new Level((current.n - 1) / 2);
    current.coarser = next;
    next.finer = current; // expect: no-reference-cycle
    current = next;
  }
  return top;
}

function smooth(level: Level, sweeps: number): void {
  const h2 = level.h ** 2;
  for (let s = 0; s < sweeps; s++) {
    const jacobi = level.u.slice(":-2").add(level.u.slice("2:")).add(level.f.slice("1:-1").mul(h2)).mul(0.5);
    level.u.slice("1:-1").imul(1 - OMEGA);
    level.u.slice("1:-1").iadd(jacobi.mul(OMEGA));
  }
}

function computeResidual(level: Level): void {
  const h2 = level.h ** 2;
  const au = level.u.slice("1:-1").mul(2).sub(level.u.slice(":-2")).sub(level.u.slice("2:")).div(h2);
  level.r.slice("1:-1").assign(":", level.f.slice("1:-1").sub(au));
}

function residualNorm(level: Level): number {
  const h2 = level.h ** 2;
  const au = level.u.slice("1:-1").mul(2).sub(level.u.slice(":-2")).sub(level.u.slice("2:")).div(h2);
  const res = level.f.slice("1:-1").sub(au);
  return Math.sqrt(res.mul(res).sum() * level.h);
}

/** Full weighting of the fine residual into the coarse right-hand side; zero coarse initial guess. */
function restrictResidual(fine: Level): void {
  const coarse = fine.coarser;
  if (!coarse) return;
  for (let i = 1; i <= coarse.n; i++) {
    const j = 2 * i;
    coarse.f.set(i, 0.25 * fine.r.get(j - 1) + 0.5 * fine.r.get(j) + 0.25 * fine.r.get(j + 1));
  }
  coarse.u.fill(0);
}

/** Linear interpolation of the coarse correction, added to the finer level's iterate. */
function prolongAndCorrect(coarse: Level): void {
  const fine = coarse.finer;
  if (!fine) return;
  const e = zeros(fine.n + 2);
  for (let i = 1; i <= coarse.n; i++) e.set(2 * i, coarse.u.get(i));
  for (let j = 1; j <= fine.n; j += 2) e.set(j, 0.5 * (e.get(j - 1) + e.get(j + 1)));
  fine.u.iadd(e);
}

/** Thomas algorithm for the (-1, 2, -1)/h^2 system on the coarsest grid. */
function solveCoarsest(level: Level): void {
  const n = level.n;
  const h2 = level.h ** 2;
  const cp = zeros(n);
  const dp = zeros(n);
  cp.set(0, -0.5);
  dp.set(0, (level.f.get(1) * h2) / 2);
  for (let i = 1; i < n; i++) {
    const m = 2 + cp.get(i - 1);
    cp.set(i, -1 / m);
    dp.set(i, (level.f.get(i + 1) * h2 + dp.get(i - 1)) / m);
  }
  level.u.set(n, dp.get(n - 1));
  for (let i = n - 2; i >= 0; i--) level.u.set(i + 1, dp.get(i) - cp.get(i) * level.u.get(i + 2));
}

function vcycle(level: Level): void {
  if (!level.coarser) {
    solveCoarsest(level);
    return;
  }
  smooth(level, NU_PRE);
  computeResidual(level);
  restrictResidual(level);
  vcycle(level.coarser);
  prolongAndCorrect(level.coarser);
  smooth(level, NU_POST);
}

function solve(top: Level, label: string, exact: (x: number) => number): number {
  const r0 = residualNorm(top);
  let cycles = 0;
  while (residualNorm(top) > TOLERANCE * r0 && cycles < 30) {
    vcycle(top);
    cycles++;
  }
  let err = 0;
  for (let i = 1; i <= top.n; i++) err = Math.max(err, Math.abs(top.u.get(i) - exact(i * top.h)));
  console.log(`${label}: ${cycles} V-cycles, residual ${residualNorm(top).toExponential(2)}, max error ${err.toExponential(2)}`);
  return cycles;
}

// ---------------------------------------------------------------------------
// Problem 1: f = pi^2 sin(pi x), u = sin(pi x)
// ---------------------------------------------------------------------------
const top = buildHierarchy(N_FINE, DEPTH);
for (let i = 1; i <= top.n; i++) top.f.set(i, Math.PI ** 2 * Math.sin(Math.PI * i * top.h));
const cycles1 = solve(top, "sine source", (x) => Math.sin(Math.PI * x));

// ---------------------------------------------------------------------------
// Problem 2: f = 1, u = x(1 - x)/2, started again from a zero initial guess
// ---------------------------------------------------------------------------
for (let lvl: Level | null = top; lvl !== null; lvl = lvl.coarser) {
  lvl.u.flatten().fill(0); // expect: no-lost-write
}
top.f.slice("1:-1").fill(1);
const cycles2 = solve(top, "uniform source", (x) => 0.5 * x * (1 - x));

let levels = 0;
for (let lvl: Level | null = top; lvl !== null; lvl = lvl.coarser) levels++;
console.log(`levels: ${levels}, cycles per problem: ${cycles1}, ${cycles2}`);
