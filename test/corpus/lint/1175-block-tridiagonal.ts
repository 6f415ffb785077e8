// Block-tridiagonal matrix stored as object-dtype rows of dense blocks, with a block matrix-vector product.
import { array, empty, eye, zeros, NDArray } from "ndalias";

const BS = 2;

function blockRow(diag: NDArray, off: NDArray | null, up: NDArray | null): NDArray {
  const row = empty(5, "object");
  row.set(0, off);
  row.set(1, diag);
  row.set(2, up);
  row.set(3, null);
  row.set(4, null);
  return row;
}

// Each row remembers its neighbours so the smoother can walk the chain.
export function linkRows(prev: NDArray, next: NDArray): void {
  prev.set(4, next);
  next.set(3, prev); // expect: no-reference-cycle
}

function matvecBlock(B: NDArray, x: NDArray): NDArray {
  const out = zeros(BS);
  for (let i = 0; i < BS; i++) {
    let s = 0;
    for (let j = 0; j < BS; j++) s += B.get(i, j) * x.get(j);
    out.set(i, s);
  }
  return out;
}

export function buildSystem(nBlocks: number, coupling: number): NDArray {
  const rows = empty(nBlocks, "object");
  for (let k = 0; k < nBlocks; k++) {
    const diag = eye(BS).mul(4);
    diag.set([0, 1], 1);
    diag.set([1, 0], 1);
    const off = k > 0 ? eye(BS).mul(-coupling) : null;
    const up = k < nBlocks - 1 ? eye(BS).mul(-coupling) : null;
    rows.set(k, blockRow(diag, off, up));
  }
  return rows;
}

export function blockMatvec(rows: NDArray, x: NDArray): NDArray {
  const n = rows.size;
  const y = zeros(n * BS);
  for (let k = 0; k < n; k++) {
    const row = rows.get(k) as NDArray;
    const acc = matvecBlock(row.get(1) as NDArray, x.slice(`${k * BS}:${(k + 1) * BS}`));
    const left = row.get(0) as NDArray | null;
    const right = row.get(2) as NDArray | null;
    if (left) acc.iadd(matvecBlock(left, x.slice(`${(k - 1) * BS}:${k * BS}`)));
    if (right) acc.iadd(matvecBlock(right, x.slice(`${(k + 1) * BS}:${(k + 2) * BS}`)));
    y.slice(`${k * BS}:${(k + 1) * BS}`).assign(":", acc);
  }
  return y;
}

function diagonalDominance(rows: NDArray): number {
  let worst = Infinity;
  for (let k = 0; k < rows.size; k++) {
    const row = rows.get(k) as NDArray;
    const D = row.get(1) as NDArray;
    for (let i = 0; i < BS; i++) {
      let off = 0;
      for (let j = 0; j < BS; j++) if (j !== i) off += Math.abs(D.get(i, j));
      worst = Math.min(worst, Math.abs(D.get(i, i)) - off);
    }
  }
  return worst;
}

const system = buildSystem(4, 0.5);
for (let k = 0; k + 1 < system.size; k++) {
  linkRows(system.get(k) as NDArray, system.get(k + 1) as NDArray);
}
const x = array([1, 0, 0, 1, 1, 0, 0, 1]);
const y = blockMatvec(system, x);
console.log("A x =", y.tolist());
console.log("diagonal dominance margin:", diagonalDominance(system));
console.log("x still:", x.tolist());
