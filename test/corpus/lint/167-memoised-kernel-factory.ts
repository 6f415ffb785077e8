// Memoised Gaussian kernel factory: kernels are normalised before they are cached, and every caller receives its own copy to modify freely.
import { arange, NDArray } from "ndalias";

const cache = new Map<string, NDArray>();
let hits = 0;

function gaussianKernel(radius: number, sigma: number): NDArray {
  const key = `${radius}:${sigma}`;
  const hit = cache.get(key);
  if (hit) {
    hits++;
    return hit.copy();
  }
  const xs = arange(-radius, radius + 1);
  const k = xs.mul(xs).mul(-1 / (2 * sigma * sigma));
  for (let i = 0; i < k.size; i++) k.set(i, Math.exp(k.get(i)));
  k.idiv(k.sum());
  cache.set(key, k);
  return k.copy();
}

function memoize<A extends unknown[]>(fn: (...args: A) => NDArray): (...args: A) => NDArray {
  const memo = new Map<string, NDArray>();
  return (...args: A) => {
    const key = JSON.stringify(args);
    let value = memo.get(key);
    if (!value) {
      value = fn(...args);
      memo.set(key, value);
    }
    return value.copy();
  };
}

const ramp = memoize((n: number) => arange(n).div(n - 1));

const k1 = gaussianKernel(2, 1);
const k2 = gaussianKernel(2, 1);
k2.imul(2);
console.log("k1 sums to 1:", k1.sum().toFixed(6), "k2 doubled:", k2.sum().toFixed(6));
console.log("cache hits:", hits, "cached kernel:", gaussianKernel(2, 1).sum().toFixed(6));

const r = ramp(5);
r.set(0, 99);
console.log("modified ramp:", r.tolist(), "fresh ramp:", ramp(5).tolist());

function peakRatio(radius: number, sigma: number): number {
  using scratch = gaussianKernel(radius, sigma);
  scratch.idiv(scratch.max());
  return scratch.sum();
}
console.log("peak ratio:", peakRatio(2, 1).toFixed(4), "cached still sums to 1:", gaussianKernel(2, 1).sum().toFixed(6));

const sharp = gaussianKernel(3, 0.5);
sharp.assign("3", 0);
sharp.idiv(sharp.sum());
console.log("centre-removed kernel:", (sharp.tolist() as number[]).map((v) => v.toFixed(3)));
