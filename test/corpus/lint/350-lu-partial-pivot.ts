// Dense LU factorisation with scaled partial pivoting by row swaps, growth tracking and a solve, run on a 4x4 system.
// runnable
import { array, zeros, NDArray, ShapeError } from "ndalias";

export interface LUResult {
  lu: NDArray;
  perm: number[];
  sign: number;
  growth: number;
  singularColumns: number[];
}

export type LUOptions = { strict?: boolean; pivotTolerance?: number; log?: (msg: string) => void };

export function luFactor(A: NDArray, opts: LUOptions = {}): LUResult {
  if (A.ndim !== 2 || A.shape[0] !== A.shape[1]) {
    throw new ShapeError(`luFactor expects a square matrix, got shape [${A.shape.join(", ")}]`);
  }
  const n = A.shape[0];
  const tolerance = opts.pivotTolerance ?? 1e-13;
  if (!(tolerance >= 0 && tolerance < 1)) {
    throw new RangeError(`pivotTolerance must lie in [0, 1), got ${tolerance}`);
  }
  const lu = A.copy();
  const perm = Array.from({ length: n }, (_, i) => i);
  const scale: number[] = [];
  let sign = 1;
  let maxInput = 0;
  for (let i = 0; i < n; i++) {
    let m = 0;
    for (let j = 0; j < n; j++) m = Math.max(m, Math.abs(lu.get(i, j)));
    if (m === 0 && opts.strict) {
      throw new RangeError(`row ${i} of the matrix is zero`);
    } else if (m === 0) {
      opts.log?.(`row ${i} is zero; the factorisation will be singular`);
    }
    scale.push(m === 0 ? 1 : 1 / m);
    maxInput = Math.max(maxInput, m);
  }
  let maxEntry = maxInput;
  const singularColumns: number[] = [];
  for (let k = 0; k < n; k++) {
    let p = k;
    let best = -1;
    for (let i = k; i < n; i++) {
      const candidate = Math.abs(lu.get(i, k)) * scale[i];
      if (candidate > best) {
        best = candidate;
        p = i;
      }
    }
    if (best <= tolerance) {
      singularColumns.push(k);
      if (opts.strict) {
        throw new RangeError(`matrix is singular to working precision at column ${k}`);
      }
      continue;
    }
    if (p !== k) {
      const rowK = lu.slice(k);
      const rowP = lu.slice(p);
      lu.assign(k, rowP); // expect: no-view-mutation
      lu.assign(p, rowK);
      [perm[k], perm[p]] = [perm[p], perm[k]];
      [scale[k], scale[p]] = [scale[p], scale[k]];
      sign = -sign;
      opts.log?.(`column ${k}: swapped rows ${k} and ${p}`);
    }
    const pivot = lu.get(k, k);
    for (let i = k + 1; i < n; i++) {
      const factor = lu.get(i, k) / pivot;
      lu.set([i, k], factor);
      if (factor === 0) continue;
      for (let j = k + 1; j < n; j++) {
        const updated = lu.get(i, j) - factor * lu.get(k, j);
        lu.set([i, j], updated);
        maxEntry = Math.max(maxEntry, Math.abs(updated));
      }
    }
  }
  const growth = maxInput === 0 ? 0 : maxEntry / maxInput;
  if (growth > 1e8) {
    opts.log?.(`large element growth ${growth.toExponential(2)}: results may be inaccurate`);
  }
  if (singularColumns.length > 0) {
    opts.log?.(`rank deficient: ${n - singularColumns.length} of ${n} pivots usable`);
  }
  return { lu, perm, sign, growth, singularColumns };
}

export function luSolve(f: LUResult, b: NDArray): NDArray {
  const n = f.lu.shape[0];
  const y = b.take(f.perm);
  for (let i = 1; i < n; i++) {
    let s = y.get(i);
    for (let j = 0; j < i; j++) s -= f.lu.get(i, j) * y.get(j);
    y.set(i, s);
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = y.get(i);
    for (let j = i + 1; j < n; j++) s -= f.lu.get(i, j) * y.get(j);
    y.set(i, s / f.lu.get(i, i));
  }
  return y;
}

function matvec(A: NDArray, x: NDArray): NDArray {
  const out = zeros(A.shape[0]);
  for (let i = 0; i < A.shape[0]; i++) out.set(i, A.slice(i).mul(x).sum());
  return out;
}

const A = array([[1, 2, 0, 1], [4, 1, 3, 2], [2, 5, 1, 0], [3, 0, 2, 6]]);
const b = array([4, 10, 8, 11]);
const f = luFactor(A, { log: (msg) => console.log("lu:", msg) });
const det = f.lu.diagonal().tolist() as number[];
console.log("determinant:", det.reduce((acc, d) => acc * d, f.sign), "growth:", f.growth);
const x = luSolve(f, b);
const r = b.sub(matvec(A, x));
console.log("solution:", x.tolist(), "residual max:", Math.max(r.max(), -r.min()));
