// Normalisation helpers for histograms given either as arrays or as plain number lists, used to compare two word-count profiles.
import { array, zeros, NDArray, ShapeError } from "ndalias";

export function normalise(x: NDArray): NDArray;
export function normalise(x: readonly number[]): NDArray;
export function normalise(x: NDArray | readonly number[]): NDArray {
  const out = x instanceof NDArray ? x.astype("float64") : array([...x]);
  const total = out.sum();
  if (total === 0) throw new ShapeError("cannot normalise an all-zero histogram");
  out.idiv(total);
  return out;
}

export function peak<T extends NDArray>(x: T): number {
  return x.max();
}

export function pick<T extends NDArray>(primary: T, fallback: T, useFallback: boolean): T {
  return useFallback ? fallback : primary;
}

export function scaleInPlace<T extends NDArray>(x: T, k: number): void {
  x.imul(k);
}

export function entropy(p: NDArray): number {
  let h = 0;
  for (let i = 0; i < p.size; i++) {
    const v = p.get(i);
    if (v > 0) h -= v * Math.log2(v);
  }
  return h;
}

export function klDivergence(p: NDArray, q: NDArray): number;
export function klDivergence(p: NDArray, q: NDArray, eps: number): number;
export function klDivergence(p: NDArray, q: NDArray, eps = 1e-9): number {
  let d = 0;
  for (let i = 0; i < p.size; i++) {
    const pi = p.get(i);
    if (pi > 0) d += pi * Math.log(pi / Math.max(q.get(i), eps));
  }
  return d;
}

export function smoothedCounts(counts: NDArray, alpha: number): NDArray {
  const out = counts.add(alpha);
  // the first slot collects out-of-vocabulary words and gets extra mass
  out.set(0, out.get(0) + alpha);
  return out;
}

function topIndex(x: NDArray): number {
  let best = 0;
  for (let i = 1; i < x.size; i++) if (x.get(i) > x.get(best)) best = i;
  return best;
}

const vocabulary = ["model", "data", "loss", "batch", "layer"];
const countsA = array([12, 30, 7, 0, 4]);
const countsB: readonly number[] = [9, 22, 11, 3, 5];

const pA = normalise(countsA);
const pB = normalise(countsB);
pA.imul(100);
pB.imul(100);
console.log("profile A (%):", pA.tolist());
console.log("profile B (%):", pB.tolist());
console.log("raw counts A:", countsA.tolist());

const chosen = pick(countsA, zeros(countsA.size), countsA.sum() === 0);
console.log("chosen peak:", peak(chosen), "top word:", vocabulary[topIndex(chosen)]);

const smoothA = smoothedCounts(countsA, 1);
const smoothB = smoothedCounts(array([...countsB]), 1);
const qA = normalise(smoothA);
const qB = normalise(smoothB);
console.log("entropy A:", entropy(qA).toFixed(4), "entropy B:", entropy(qB).toFixed(4));
console.log("KL(A||B):", klDivergence(qA, qB).toFixed(5), "KL(B||A):", klDivergence(qB, qA, 1e-6).toFixed(5));

const weights = array([1, 1, 2, 2, 3]);
scaleInPlace(weights, 0.5);
const weighted = countsA.mul(weights);
console.log("weighted counts:", weighted.tolist(), "weights:", weights.tolist());

const counted = zeros(vocabulary.length);
for (const word of ["data", "loss", "data", "layer"]) {
  const i = vocabulary.indexOf(word);
  counted.set(i, counted.get(i) + 1);
}
const pC = normalise(counted);
console.log("profile C:", pC.tolist(), "closest to A:", klDivergence(pC, qA) < klDivergence(pC, qB) ? "A" : "B");
console.log("unchanged counts A total:", countsA.sum(), "peak of A:", peak(countsA));
