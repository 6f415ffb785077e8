// Principal component analysis by repeated power iteration with Hotelling deflation on a private covariance copy.
import { array, ones, zeros, NDArray } from "ndalias";

function centerColumns(X: NDArray): void {
  const [n, d] = X.shape;
  for (let c = 0; c < d; c++) {
    let mu = 0;
    for (let r = 0; r < n; r++) mu += X.get(r, c);
    mu /= n;
    X.slice(":", c).isub(mu);
  }
}

function covariance(X: NDArray): NDArray {
  const [n, d] = X.shape;
  const C = zeros([d, d]);
  for (let i = 0; i < d; i++) {
    for (let j = i; j < d; j++) {
      let s = 0;
      for (let r = 0; r < n; r++) s += X.get(r, i) * X.get(r, j);
      C.set([i, j], s / (n - 1));
      C.set([j, i], s / (n - 1));
    }
  }
  return C;
}

function dominant(C: NDArray, iters: number): { value: number; vector: NDArray } {
  const d = C.shape[0];
  let v = ones(d).div(Math.sqrt(d));
  for (let it = 0; it < iters; it++) {
    const w = zeros(d);
    for (let i = 0; i < d; i++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += C.get(i, j) * v.get(j);
      w.set(i, s);
    }
    const nw = Math.sqrt(w.mul(w).sum());
    v = w.div(nw);
  }
  let value = 0;
  for (let i = 0; i < d; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += C.get(i, j) * v.get(j);
    value += s * v.get(i);
  }
  return { value, vector: v };
}

export function principalComponents(data: NDArray, k: number): { values: NDArray; vectors: NDArray } {
  const X = data.copy();
  centerColumns(X);
  const C = covariance(X);
  const snapshot = C.copy();
  const d = C.shape[0];
  const values = zeros(k);
  const vectors = zeros([k, d]);
  for (let c = 0; c < k; c++) {
    const { value, vector } = dominant(C, 200);
    values.set(c, value);
    vectors.slice(c).assign(":", vector);
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < d; j++) {
        C.set([i, j], C.get(i, j) - value * vector.get(i) * vector.get(j));
      }
    }
  }
  const total = snapshot.get(0, 0) + snapshot.get(1, 1) + snapshot.get(2, 2);
  values.idiv(total);
  return { values, vectors };
}

export function project(data: NDArray, vectors: NDArray): NDArray {
  const X = data.copy();
  centerColumns(X);
  const [n, d] = X.shape;
  const k = vectors.shape[0];
  const Z = zeros([n, k]);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += X.get(r, j) * vectors.get(c, j);
      Z.set([r, c], s);
    }
  }
  return Z;
}

const data = array([
  [2.5, 2.4, 0.5],
  [0.5, 0.7, 0.1],
  [2.2, 2.9, 0.4],
  [1.9, 2.2, 0.6],
  [3.1, 3.0, 0.3],
  [2.3, 2.7, 0.5],
  [2.0, 1.6, 0.2],
  [1.0, 1.1, 0.4],
]);

const { values, vectors } = principalComponents(data, 2);
console.log("explained variance ratios:", values.tolist());
console.log("components:", vectors.tolist());
const scores = project(data, vectors);
console.log("first scores:", scores.slice("0:3").tolist());
console.log("raw data mean of column 0:", data.slice(":", 0).mean());
