// Two-level multigrid V-cycle for the 1-D Poisson problem: a grid hierarchy, smoothing, restriction and prolongation.
import { zeros, NDArray } from "ndalias";

class Level {
  u: NDArray;
  f: NDArray;
  coarser: Level | null = null;
  finer: Level | null = null;
  constructor(readonly n: number, readonly h: number) {
    this.u = zeros(n);
    this.f = zeros(n);
  }
}

export function buildHierarchy(n: number, depth: number): Level {
  const top = new Level(n, 1 / (n - 1));
  let fine = top;
  for (let d = 1; d < depth; d++) {
    const m = (fine.n - 1) / 2 + 1;
    const coarse = new Level(m, fine.h * 2);
    fine.coarser = coarse;
    coarse.finer = fine; // expect: no-reference-cycle
    fine = coarse;
  }
  return top;
}

function smooth(level: Level, sweeps: number): void {
  const { u, f, n, h } = level;
  const w = 2 / 3;
  for (let s = 0; s < sweeps; s++) {
    const old = u.copy();
    for (let i = 1; i < n - 1; i++) {
      const jac = 0.5 * (old.get(i - 1) + old.get(i + 1) + h * h * f.get(i));
      u.set(i, (1 - w) * old.get(i) + w * jac);
    }
  }
}

function residual(level: Level): NDArray {
  const { u, f, n, h } = level;
  const r = zeros(n);
  for (let i = 1; i < n - 1; i++) {
    r.set(i, f.get(i) + (u.get(i - 1) - 2 * u.get(i) + u.get(i + 1)) / (h * h));
  }
  return r;
}

function restrictInto(r: NDArray, coarse: Level): void {
  const m = coarse.n;
  coarse.f.fill(0);
  for (let i = 1; i < m - 1; i++) {
    coarse.f.set(i, 0.25 * r.get(2 * i - 1) + 0.5 * r.get(2 * i) + 0.25 * r.get(2 * i + 1));
  }
  coarse.u.fill(0);
}

function prolongAdd(coarse: Level, fine: Level): void {
  const e = coarse.u;
  for (let i = 0; i < coarse.n - 1; i++) {
    fine.u.set(2 * i, fine.u.get(2 * i) + e.get(i));
    fine.u.set(2 * i + 1, fine.u.get(2 * i + 1) + 0.5 * (e.get(i) + e.get(i + 1)));
  }
}

function vcycle(level: Level): void {
  smooth(level, 3);
  const next = level.coarser;
  if (next) {
    restrictInto(residual(level), next);
    vcycle(next);
    prolongAdd(next, level);
  }
  smooth(level, 3);
}

function residualNorm(level: Level): number {
  const r = residual(level);
  return Math.sqrt(r.mul(r).sum() / level.n);
}

const top = buildHierarchy(33, 4);
for (let i = 0; i < top.n; i++) {
  const x = i * top.h;
  top.f.set(i, Math.PI * Math.PI * Math.sin(Math.PI * x));
}
for (let cycle = 0; cycle < 6; cycle++) {
  vcycle(top);
  console.log(`cycle ${cycle}: residual ${residualNorm(top).toExponential(3)}`);
}
console.log("midpoint value:", top.u.get(16).toFixed(5));
