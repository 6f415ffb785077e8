// Finds the two dominant modes of a small covariance matrix by power iteration with deflation, rebinding the iterate to each normalised product.
import { array, ones, zeros, NDArray } from "ndalias";

function matvec(m: NDArray, v: NDArray): NDArray {
  const out = zeros(m.shape[0]);
  for (let i = 0; i < m.shape[0]; i++) out.set(i, m.slice(i).mul(v).sum());
  return out;
}

function norm(v: NDArray): number {
  return Math.sqrt(v.mul(v).sum());
}

function outer(u: NDArray, scale: number): NDArray {
  const o = zeros([u.size, u.size]);
  for (let i = 0; i < u.size; i++) {
    o.assign(`${i}, :`, u.mul(u.get(i) * scale));
  }
  return o;
}

function dominantMode(m: NDArray, iterations: number): { vector: NDArray; value: number } {
  let v = ones(m.shape[0]);
  for (let it = 0; it < iterations; it++) {
    const w = matvec(m, v);
    w.idiv(norm(w));
    v = w;
  }
  // fix the sign so the largest component is positive
  let largest = 0;
  for (let i = 1; i < v.size; i++) if (Math.abs(v.get(i)) > Math.abs(v.get(largest))) largest = i;
  if (v.get(largest) < 0) v.imul(-1);
  const value = matvec(m, v).mul(v).sum();
  return { vector: v, value };
}

const covariance = array([
  [4.0, 1.2, 0.4],
  [1.2, 3.0, 0.6],
  [0.4, 0.6, 1.5],
]);

const first = dominantMode(covariance, 60);
console.log(`mode 1: lambda ${first.value.toFixed(4)}, v ${JSON.stringify(first.vector.tolist())}`);

const deflated = covariance.copy();
deflated.isub(outer(first.vector, first.value));
const second = dominantMode(deflated, 60);
console.log(`mode 2: lambda ${second.value.toFixed(4)}, v ${JSON.stringify(second.vector.tolist())}`);

let explained = first.vector.copy();
explained = explained.mul(first.value);
explained.iadd(second.vector.mul(second.value));
const trace = covariance.get(0, 0) + covariance.get(1, 1) + covariance.get(2, 2);
console.log(`variance explained: ${(((first.value + second.value) / trace) * 100).toFixed(1)} %`);
console.log("weighted loading sum:", explained.tolist());
console.log("covariance unchanged:", covariance.tolist(), "deflated:", deflated.tolist());
