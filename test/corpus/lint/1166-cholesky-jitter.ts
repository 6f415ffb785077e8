// Cholesky factorisation of a covariance matrix with diagonal jitter, used to draw correlated samples.
import { array, zeros, NDArray } from "ndalias";

function cholesky(S: NDArray): NDArray {
  const n = S.shape[0];
  const L = zeros([n, n]);
  for (let j = 0; j < n; j++) {
    let diag = S.get(j, j);
    for (let k = 0; k < j; k++) diag -= L.get(j, k) * L.get(j, k);
    if (diag <= 0) throw new Error(`matrix is not positive definite at column ${j}`);
    const ljj = Math.sqrt(diag);
    L.set([j, j], ljj);
    for (let i = j + 1; i < n; i++) {
      let s = S.get(i, j);
      for (let k = 0; k < j; k++) s -= L.get(i, k) * L.get(j, k);
      L.set([i, j], s / ljj);
    }
  }
  return L;
}

function minDiagonal(S: NDArray): number {
  let m = Infinity;
  for (let i = 0; i < S.shape[0]; i++) m = Math.min(m, S.get(i, i));
  return m;
}

export function stableCholesky(cov: NDArray, eps: number): NDArray {
  const n = cov.shape[0];
  const scale = Math.max(minDiagonal(cov), 1e-300);
  const jittered = cov.astype("float64");
  for (let i = 0; i < n; i++) {
    jittered.set([i, i], cov.get(i, i) + eps * scale); // expect: no-lost-write
  }
  return cholesky(cov);
}

function lowerTimesVector(L: NDArray, z: NDArray): NDArray {
  const n = z.size;
  const out = zeros(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k <= i; k++) s += L.get(i, k) * z.get(k);
    out.set(i, s);
  }
  return out;
}

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (1664525 * state + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function standardNormals(n: number, rand: () => number): NDArray {
  const z = zeros(n);
  for (let i = 0; i < n; i += 2) {
    const u1 = Math.max(rand(), 1e-12);
    const u2 = rand();
    const r = Math.sqrt(-2 * Math.log(u1));
    z.set(i, r * Math.cos(2 * Math.PI * u2));
    if (i + 1 < n) z.set(i + 1, r * Math.sin(2 * Math.PI * u2));
  }
  return z;
}

export function sampleCorrelated(cov: NDArray, mean: NDArray, count: number): NDArray {
  const n = mean.size;
  const L = stableCholesky(cov, 1e-9);
  const rand = lcg(42);
  const samples = zeros([count, n]);
  for (let s = 0; s < count; s++) {
    const draw = lowerTimesVector(L, standardNormals(n, rand)).add(mean);
    samples.assign(s, draw);
  }
  return samples;
}

const cov = array([
  [4, 1.2, 0.4],
  [1.2, 2, 0.3],
  [0.4, 0.3, 1],
]);
const mean = array([10, -2, 0.5]);
const draws = sampleCorrelated(cov, mean, 5);
console.log("factor:", stableCholesky(cov, 1e-9).tolist());
console.log("draws:", draws.tolist());
console.log("covariance unchanged:", cov.sum());
