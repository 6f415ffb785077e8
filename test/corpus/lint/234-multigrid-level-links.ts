// Multigrid V-cycles for the 1-D Poisson equation: levels link fine-to-coarse and also back coarse-to-fine, restriction and prolongation write owned or fresh buffers, the smoother is a void weighted-Jacobi helper, and an injection shortcut scales a view of the residual it was given.
import { empty, zeros, NDArray } from "ndalias";

class Level {
  readonly u: NDArray;
  readonly f: NDArray;
  coarser: Level | null = null;
  finer: Level | null = null;
  constructor(readonly n: number) {
    this.u = zeros(n);
    this.f = zeros(n);
  }
  get h(): number {
    return 1 / (this.n - 1);
  }
}

function buildHierarchy(n: number, depth: number): Level {
  const finest = new Level(n);
  let cur = finest;
  for (let d = 1; d < depth; d++) {
    const next = new Level((cur.n - 1) / 2 + 1);
    cur.coarser = next;
    next.finer = cur; // expect: no-reference-cycle
    cur = next;
  }
  return finest;
}

function smooth(level: Level, sweeps: number): void {
  const { u, f } = level;
  const h2 = level.h ** 2;
  for (let s = 0; s < sweeps; s++) {
    const jacobi = u.slice(":-2").add(u.slice("2:")).add(f.slice("1:-1").mul(h2)).mul(0.5);
    u.slice("1:-1").imul(1 / 3);
    u.slice("1:-1").iadd(jacobi.mul(2 / 3));
  }
}

function residual(level: Level): NDArray {
  const { u, f } = level;
  const r = zeros(level.n);
  const lap = u.slice(":-2").add(u.slice("2:")).sub(u.slice("1:-1").mul(2)).div(level.h ** 2);
  r.slice("1:-1").assign(":", f.slice("1:-1").add(lap));
  return r;
}

function restrictInto(coarse: Level, r: NDArray): void {
  coarse.f.slice("1:-1").assign(":", r.slice("1:-2:2").mul(0.25).add(r.slice("2:-1:2").mul(0.5)).add(r.slice("3::2").mul(0.25)));
  coarse.u.fill(0);
}

function correctFrom(fine: Level, coarse: Level): void {
  const e = zeros(fine.n);
  e.slice("::2").assign(":", coarse.u);
  e.slice("1::2").assign(":", coarse.u.slice(":-1").add(coarse.u.slice("1:")).mul(0.5));
  fine.u.iadd(e);
}

function injectResidual(r: NDArray): NDArray {
  const coarse = r.slice("::2");
  coarse.imul(4); // expect: no-view-mutation
  return coarse;
}

function vcycle(level: Level): void {
  smooth(level, 2);
  const coarse = level.coarser;
  if (coarse === null) {
    smooth(level, 60);
    return;
  }
  restrictInto(coarse, residual(level));
  vcycle(coarse);
  correctFrom(level, coarse);
  smooth(level, 2);
}

const top = buildHierarchy(17, 3);
top.f.fill(1);
const history = empty(6, "object");
for (let k = 0; k < 6; k++) {
  vcycle(top);
  const r = residual(top);
  history.set(k, top.u.copy());
  console.log(`cycle ${k}: residual norm ${Math.sqrt(r.mul(r).sum()).toExponential(2)}`);
}
const rFine = residual(top);
const rCoarse = injectResidual(rFine);
console.log("injected residual:", rCoarse.tolist(), "fine residual max:", rFine.max(), "snapshots:", history.size);
