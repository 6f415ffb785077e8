// Block-tridiagonal solve (block Thomas algorithm) with 2×2 blocks kept in object-dtype tables and a backward-linked chain of elimination steps, checked on the assembled matrix.
import { array, empty, zeros, NDArray } from "ndalias";

function matmul(a: NDArray, b: NDArray): NDArray {
  const [n, inner] = a.shape;
  const m = b.shape[1];
  const out = zeros([n, m]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let p = 0; p < inner; p++) s += (a.get(i, p) as number) * (b.get(p, j) as number);
      out.set([i, j], s);
    }
  }
  return out;
}

function matvec(M: NDArray, v: NDArray): NDArray {
  return matmul(M, v.reshape(v.size, 1)).ravel();
}

function inverse2x2(M: NDArray): NDArray {
  const [a, b, c, d] = [M.get(0, 0), M.get(0, 1), M.get(1, 0), M.get(1, 1)] as number[];
  const det = a * d - b * c;
  if (Math.abs(det) < 1e-14) throw new Error(`singular 2x2 block (det = ${det})`);
  return array([[d / det, -b / det], [-c / det, a / det]]);
}

/** One forward-elimination step; each step points back to its predecessor only. */
class EliminationStep {
  constructor(
    readonly pivotInverse: NDArray,
    readonly rhs: NDArray,
    readonly previous: EliminationStep | null,
  ) {}
}

export function blockThomas(system: NDArray, rhs: NDArray): NDArray {
  const diag = system.get(0) as NDArray;
  const lower = system.get(1) as NDArray;
  const upper = system.get(2) as NDArray;
  const nb = diag.size;
  let last: EliminationStep | null = null;
  for (let i = 0; i < nb; i++) {
    const pivot = (diag.get(i) as NDArray).copy();
    const r = (rhs.get(i) as NDArray).copy();
    if (last !== null) {
      const m = matmul(lower.get(i - 1) as NDArray, last.pivotInverse);
      pivot.isub(matmul(m, upper.get(i - 1) as NDArray));
      r.isub(matvec(m, last.rhs));
    }
    const pivotInverse = inverse2x2(pivot);
    last = new EliminationStep(pivotInverse, r, last);
  }
  const x = zeros(2 * nb);
  let next: NDArray | null = null;
  for (let i = nb - 1; i >= 0 && last !== null; i--, last = last.previous) {
    let r = last.rhs;
    if (next !== null) r = r.sub(matvec(upper.get(i) as NDArray, next));
    const xi = matvec(last.pivotInverse, r);
    x.assign(`${2 * i}:${2 * i + 2}`, xi);
    next = xi;
  }
  return x;
}

// Three 2×2 diagonal blocks, two sub- and two super-diagonal blocks.
const diagBlocks = empty(3, "object");
diagBlocks.set(0, array([[4, 1], [1, 3]]));
diagBlocks.set(1, array([[5, 0.5], [0.5, 4]]));
diagBlocks.set(2, array([[4, -1], [-1, 5]]));
const lowerBlocks = empty(2, "object");
lowerBlocks.set(0, array([[-1, 0], [0.5, -1]]));
lowerBlocks.set(1, array([[-1, 0.2], [0, -1]]));
const upperBlocks = empty(2, "object");
upperBlocks.set(0, array([[-1, 0.5], [0, -1]]));
upperBlocks.set(1, array([[-1, 0], [0.2, -1]]));

const system = empty(3, "object");
system.set(0, diagBlocks);
system.set(1, lowerBlocks);
system.set(2, upperBlocks);

const rhsBlocks = empty(3, "object");
rhsBlocks.set(0, array([1, 2]));
rhsBlocks.set(1, array([0, -1]));
rhsBlocks.set(2, array([3, 1]));

const x = blockThomas(system, rhsBlocks);
console.log("block solution:", x.tolist());

// Assemble the full 6×6 matrix and right-hand side to verify.
const full = zeros([6, 6]);
const b = zeros(6);
for (let i = 0; i < 3; i++) {
  full.assign(`${2 * i}:${2 * i + 2}, ${2 * i}:${2 * i + 2}`, diagBlocks.get(i) as NDArray);
  b.assign(`${2 * i}:${2 * i + 2}`, rhsBlocks.get(i) as NDArray);
  if (i < 2) {
    full.assign(`${2 * i + 2}:${2 * i + 4}, ${2 * i}:${2 * i + 2}`, lowerBlocks.get(i) as NDArray);
    full.assign(`${2 * i}:${2 * i + 2}, ${2 * i + 2}:${2 * i + 4}`, upperBlocks.get(i) as NDArray);
  }
}
const residual = b.sub(matvec(full, x));
console.log("max |A·x - b| on the assembled system:", Math.max(residual.max(), -residual.min()).toExponential(2));
console.log("first diagonal block unchanged:", (diagBlocks.get(0) as NDArray).tolist());
console.log("first right-hand side unchanged:", (rhsBlocks.get(0) as NDArray).tolist());
