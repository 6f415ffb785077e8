// Two-grid correction scheme for the 1-D Poisson problem: grid levels linked coarse-ward only, an object-dtype registry of level fields and a cell list for the smoother's ordering.
import { empty, zeros, NDArray } from "ndalias";

// ---- parameters (twogrid.py) ----
const nFine = 31; // interior points, so the coarse grid has 15
const smoothingSweeps = 3;
const cycles = 8;

class Level {
  u: NDArray;
  f: NDArray;
  coarser: Level | null = null;

  constructor(
    readonly n: number,
    readonly h: number,
  ) {
    this.u = zeros(n + 2);
    this.f = zeros(n + 2);
  }

  // weighted Jacobi, omega = 2/3
  smooth(sweeps: number): void {
    for (let s = 0; s < sweeps; s++) {
      const jac = this.u.slice(":-2").add(this.u.slice("2:")).add(this.f.slice("1:-1").mul(this.h * this.h)).mul(0.5);
      this.u.assign("1:-1", this.u.slice("1:-1").mul(1 / 3).add(jac.mul(2 / 3)));
    }
  }

  residual(): NDArray {
    const r = zeros(this.n + 2);
    const lap = this.u.slice(":-2").sub(this.u.slice("1:-1").mul(2)).add(this.u.slice("2:")).div(this.h * this.h);
    r.assign("1:-1", this.f.slice("1:-1").add(lap));
    return r;
  }
}

// plain doubly linked list of cell indices: red-black ordering for the log, no arrays inside
class CellNode {
  next: CellNode | null = null;
  prev: CellNode | null = null;
  constructor(readonly index: number) {}
}

function redBlackOrder(n: number): CellNode {
  const indices: number[] = [];
  for (let i = 1; i <= n; i += 2) indices.push(i); // red cells
  for (let i = 2; i <= n; i += 2) indices.push(i); // black cells
  const head = new CellNode(indices[0]);
  let tail = head;
  for (const i of indices.slice(1)) {
    const node = new CellNode(i);
    tail.next = node;
    node.prev = tail;
    tail = node;
  }
  return head;
}

// full weighting restriction, fine residual -> coarse right-hand side; the coarse
// correction starts from zero
function restrict(fine: NDArray, coarse: Level): void {
  coarse.u.fill(0);
  for (let j = 1; j <= coarse.n; j++) {
    coarse.f.set(j, 0.25 * fine.get(2 * j - 1) + 0.5 * fine.get(2 * j) + 0.25 * fine.get(2 * j + 1));
  }
}

// linear interpolation of the coarse correction, added onto the fine solution
function prolongAdd(coarse: Level, fine: Level): void {
  for (let j = 0; j <= coarse.n; j++) {
    const a: number = coarse.u.get(j);
    const b: number = coarse.u.get(j + 1);
    fine.u.set(2 * j, fine.u.get(2 * j) + a);
    fine.u.set(2 * j + 1, fine.u.get(2 * j + 1) + 0.5 * (a + b));
  }
}

// ---- build the hierarchy ----
const fine = new Level(nFine, 1 / (nFine + 1));
fine.coarser = new Level((nFine - 1) / 2, 2 / (nFine + 1));
for (let i = 1; i <= nFine; i++) {
  const x = i * fine.h;
  fine.f.set(i, Math.PI * Math.PI * Math.sin(Math.PI * x) + 25 * Math.sin(16 * Math.PI * x));
}

const registry = empty(2, "object");
registry.set(0, fine.u);
registry.set(1, fine.coarser.u);

// ---- two-grid cycles ----
for (let c = 0; c < cycles; c++) {
  const coarse = fine.coarser;
  fine.smooth(smoothingSweeps);
  restrict(fine.residual(), coarse);
  coarse.smooth(50); // cheap stand-in for an exact coarse solve
  prolongAdd(coarse, fine);
  fine.smooth(smoothingSweeps);
  const r = fine.residual();
  console.log(`cycle ${c}: residual max ${Math.max(r.max(), -r.min()).toExponential(3)}`);
}

// ---- report ----
let err = 0;
for (let i = 1; i <= nFine; i++) {
  const x = i * fine.h;
  const exact = Math.sin(Math.PI * x) + (25 / (256 * Math.PI * Math.PI)) * Math.sin(16 * Math.PI * x);
  err = Math.max(err, Math.abs(fine.u.get(i) - exact));
}
console.log(`max error against the exact solution: ${err.toExponential(3)}`);
const levelNorms: string[] = [];
for (let k = 0; k < registry.size; k++) {
  const u: NDArray = registry.get(k);
  levelNorms.push(u.max().toFixed(4));
}
console.log("level maxima from the registry:", levelNorms.join(" "));
const order: number[] = [];
for (let node: CellNode | null = redBlackOrder(7); node !== null; node = node.next) order.push(node.index);
console.log("red-black visiting order on a 7-cell grid:", order.join(" "));
