// Solves small dense linear systems by Gaussian elimination with partial pivoting, caching solutions per right-hand side.
// runnable
import { array, zeros, eye, NDArray } from "ndalias";

type Result<T> = { ok: true; value: T } | { ok: false; error: string };

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function fail<T>(error: string): Result<T> {
  return { ok: false, error };
}

const PIVOT_EPS = 1e-12;

function pivotRow(m: NDArray, k: number): number {
  let best = k;
  let bestAbs = Math.abs(m.get(k, k));
  for (let i = k + 1; i < m.shape[0]; i++) {
    const candidate = Math.abs(m.get(i, k));
    if (candidate > bestAbs) {
      best = i;
      bestAbs = candidate;
    }
  }
  return best;
}

/** Exchanges two rows of a matrix in place. */
function swapRows(m: NDArray, p: number, q: number): void {
  if (p === q) return;
  const saved = m.slice(p).copy();
  m.assign(p, m.slice(q));
  m.assign(q, saved);
}

/** Exchanges two entries of a vector in place. */
function swapEntries(v: NDArray, p: number, q: number): void {
  if (p === q) return;
  const tmp = v.get(p);
  v.set(p, v.get(q));
  v.set(q, tmp);
}

function solveSystem(A: NDArray, b: NDArray): Result<NDArray> {
  const n = A.shape[0];
  if (A.ndim !== 2 || A.shape[1] !== n) {
    return fail(`expected a square matrix, got shape [${A.shape.join(", ")}]`);
  }
  if (b.size !== n) {
    return fail(`right-hand side has ${b.size} entries, expected ${n}`);
  }
  const m = A.copy();
  const rhs = b.copy();
  for (let k = 0; k < n; k++) {
    const p = pivotRow(m, k);
    if (Math.abs(m.get(p, k)) < PIVOT_EPS) {
      return fail(`matrix is singular at column ${k}`);
    }
    swapRows(m, k, p);
    swapEntries(rhs, k, p);
    for (let i = k + 1; i < n; i++) {
      const factor = m.get(i, k) / m.get(k, k);
      m.slice(i).isub(m.slice(k).mul(factor));
      rhs.set(i, rhs.get(i) - factor * rhs.get(k));
    }
  }
  const x = zeros(n);
  for (let i = n - 1; i >= 0; i--) {
    let acc = rhs.get(i);
    for (let j = i + 1; j < n; j++) {
      acc -= m.get(i, j) * x.get(j);
    }
    x.set(i, acc / m.get(i, i));
  }
  return ok(x);
}

function determinant(A: NDArray): number {
  const n = A.shape[0];
  const m = A.copy();
  let sign = 1;
  for (let k = 0; k < n; k++) {
    const p = pivotRow(m, k);
    if (p !== k) {
      swapRows(m, k, p);
      sign = -sign;
    }
    if (Math.abs(m.get(k, k)) < PIVOT_EPS) return 0;
    for (let i = k + 1; i < n; i++) {
      m.slice(i).isub(m.slice(k).mul(m.get(i, k) / m.get(k, k)));
    }
  }
  const pivots = m.diagonal();
  let det = sign;
  for (let i = 0; i < pivots.size; i++) det *= pivots.get(i);
  return det;
}

function residualNorm(A: NDArray, x: NDArray, b: NDArray): number {
  let total = 0;
  for (let i = 0; i < A.shape[0]; i++) {
    const r = A.slice(i).mul(x).sum() - b.get(i);
    total += r * r;
  }
  return Math.sqrt(total);
}

class SolveCache {
  private readonly entries = new Map<string, NDArray>();
  private readonly matrix: NDArray;

  constructor(matrix: NDArray) {
    this.matrix = matrix.copy();
  }

  solve(b: NDArray): Result<NDArray> {
    const key = JSON.stringify(b.tolist());
    const hit = this.entries.get(key);
    if (hit) return ok(hit.copy());
    const result = solveSystem(this.matrix, b);
    if (result.ok) this.entries.set(key, result.value.copy());
    return result;
  }

  inverse(): Result<NDArray> {
    const n = this.matrix.shape[0];
    const inv = zeros([n, n]);
    const basis = eye(n);
    for (let j = 0; j < n; j++) {
      const column = this.solve(basis.slice(":", j));
      if (!column.ok) return column;
      inv.assign(`:, ${j}`, column.value);
    }
    return ok(inv);
  }

  get size(): number {
    return this.entries.size;
  }
}

const A = array([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]);
const b = array([8, -11, -3]);
const cache = new SolveCache(A);

const first = cache.solve(b);
const second = cache.solve(b);
if (first.ok && second.ok) {
  second.value.imul(10);
  console.log("solution:", first.value.tolist());
  console.log("scaled copy from cache:", second.value.tolist());
  console.log("residual:", residualNorm(A, first.value, b).toExponential(2));
}

const inverse = cache.inverse();
if (inverse.ok) {
  const firstRow = inverse.value.slice(0);
  console.log("inverse first row:", firstRow.tolist(), "cached systems:", cache.size);
}

console.log("det(A):", determinant(A).toFixed(6), "A unchanged:", A.tolist());
const singular = solveSystem(array([[1, 2], [2, 4]]), array([1, 2]));
console.log(singular.ok ? "unexpected solution" : `rejected: ${singular.error}`);
