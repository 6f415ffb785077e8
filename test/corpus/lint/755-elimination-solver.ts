// Dense linear-algebra helpers: Gaussian elimination with partial pivoting, determinants, symmetrisation and distances.
import { array, zeros, NDArray } from "ndalias";

export function solve(a: NDArray, b: NDArray): NDArray {
  const n = a.shape[0];
  const m = a.copy();
  const rhs = b.copy();
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) {
      if (Math.abs(m.get(i, k)) > Math.abs(m.get(p, k))) p = i;
    }
    if (p !== k) {
      const saved = m.slice(k).copy();
      m.slice(k).assign(":", m.slice(p));
      m.slice(p).assign(":", saved);
      const t = rhs.get(k);
      rhs.set(k, rhs.get(p));
      rhs.set(p, t);
    }
    const pivotRow = m.slice(k);
    const pivot = pivotRow.get(k);
    if (Math.abs(pivot) < 1e-12) throw new Error(`singular matrix at column ${k}`);
    for (let i = k + 1; i < n; i++) {
      const factor = m.get(i, k) / pivot;
      m.slice(i).isub(pivotRow.mul(factor));
      rhs.set(i, rhs.get(i) - factor * rhs.get(k));
    }
  }
  const x = zeros(n);
  for (let i = n - 1; i >= 0; i--) {
    let acc = rhs.get(i);
    for (let j = i + 1; j < n; j++) acc -= m.get(i, j) * x.get(j);
    x.set(i, acc / m.get(i, i));
  }
  return x;
}

export function determinant(a: NDArray): number {
  const n = a.shape[0];
  const u = a.copy();
  let det = 1;
  for (let k = 0; k < n; k++) {
    const pivot = u.get(k, k);
    if (pivot === 0) return 0;
    det *= pivot;
    for (let i = k + 1; i < n; i++) {
      const factor = u.get(i, k) / pivot;
      for (let j = k; j < n; j++) {
        u.set([i, j], u.get(i, j) - factor * u.get(k, j));
      }
    }
  }
  return det;
}

export function symmetrize(weights: NDArray): NDArray {
  const n = weights.shape[0];
  const s = weights.copy();
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const avg = (s.get(i, j) + s.get(j, i)) / 2;
      s.set([i, j], avg);
      s.set([j, i], avg);
    }
  }
  return s;
}

export function pairwiseDistances(points: NDArray): NDArray {
  const n = points.shape[0];
  const d = zeros([n, n]);
  for (let i = 0; i < n; i++) {
    const pi = points.slice(i);
    for (let j = i + 1; j < n; j++) {
      const diff = pi.sub(points.slice(j));
      const dist = Math.sqrt(diff.mul(diff).sum());
      d.set([i, j], dist);
      d.set([j, i], dist);
    }
  }
  return d;
}

export function matVec(a: NDArray, x: NDArray): NDArray {
  const [rows, cols] = a.shape;
  const y = zeros(rows);
  for (let r = 0; r < rows; r++) {
    let acc = 0;
    for (let c = 0; c < cols; c++) acc += a.get(r, c) * x.get(c);
    y.set(r, acc);
  }
  return y;
}

const system = array([
  [2, 1, -1],
  [-3, -1, 2],
  [-2, 1, 2],
]);
const target = array([8, -11, -3]);

const solution = solve(system, target);
const residual = matVec(system, solution).sub(target);
residual.imul(residual);
console.log("solution:", solution.tolist(), "squared residual:", residual.sum());
console.log("system unchanged:", system.tolist(), "det:", determinant(system).toFixed(3));

const coupling = array([
  [1, 0.4, 0.0],
  [0.2, 1, 0.6],
  [0.1, 0.2, 1],
]);
const sym = symmetrize(coupling);
sym.slice(0).imul(2);
console.log("symmetrised coupling (row 0 doubled):", sym.tolist());
console.log("original coupling:", coupling.tolist());

const points = array([
  [0, 0],
  [3, 4],
  [6, 8],
  [1, 1],
]);
const dist = pairwiseDistances(points);
const nearest = zeros(points.shape[0]);
for (let i = 0; i < points.shape[0]; i++) {
  let best = Infinity;
  for (let j = 0; j < points.shape[0]; j++) {
    if (i !== j && dist.get(i, j) < best) best = dist.get(i, j);
  }
  nearest.set(i, best);
}
console.log("distance matrix:", dist.tolist());
console.log("nearest-neighbour distances:", nearest.tolist(), "mean:", nearest.mean().toFixed(3));
