// In-place Haar lifting and parallel prefix scans: every step writes a strided or shifted slice while reading a disjoint one, helpers that mutate their inputs are void, and a packed coefficient buffer is filled through two disjoint views.
import { arange, array, zeros, NDArray } from "ndalias";

/** One lifting level on band (even length), in place: details to the odd slots, averages to the even slots. */
function liftLevel(band: NDArray): void {
  const even = band.slice("::2");
  const odd = band.slice("1::2");
  odd.isub(even);
  even.iadd(odd.mul(0.5));
}

function unliftLevel(band: NDArray): void {
  const even = band.slice("::2");
  const odd = band.slice("1::2");
  even.isub(odd.mul(0.5));
  odd.iadd(even);
}

function haarInPlace(x: NDArray, levels: number): void {
  for (let l = 0; l < levels; l++) liftLevel(x.slice(`::${1 << l}`));
}

function inverseHaarInPlace(x: NDArray, levels: number): void {
  for (let l = levels - 1; l >= 0; l--) unliftLevel(x.slice(`::${1 << l}`));
}

/** Hillis-Steele inclusive scan: x[d:] += x[:-d] with doubling d. */
function inclusiveScan(x: NDArray): void {
  for (let d = 1; d < x.size; d *= 2) {
    x.slice(`${d}:`).iadd(x.slice(`0:${x.size - d}`));
  }
}

/** Blelloch exclusive scan for power-of-two lengths: up-sweep then down-sweep over disjoint strided slices. */
function exclusiveScan(x: NDArray): void {
  const n = x.size;
  for (let d = 1; d < n; d *= 2) {
    x.slice(`${2 * d - 1}::${2 * d}`).iadd(x.slice(`${d - 1}::${2 * d}`));
  }
  x.set(n - 1, 0);
  for (let d = n / 2; d >= 1; d /= 2) {
    const left = x.slice(`${d - 1}::${2 * d}`).copy();
    x.slice(`${d - 1}::${2 * d}`).assign(":", x.slice(`${2 * d - 1}::${2 * d}`));
    x.slice(`${2 * d - 1}::${2 * d}`).iadd(left);
  }
}

const signal = array([9, 7, 3, 5, 6, 10, 2, 6]);
const coeffs = signal.copy();
haarInPlace(coeffs, 3);
const restored = coeffs.copy();
inverseHaarInPlace(restored, 3);
console.log("signal:", signal.tolist(), "haar:", coeffs.tolist(), "restored:", restored.tolist());

const packed = zeros(8);
console.log("packed before:", packed.sum());
const approx = packed.slice(":4");
const detail = packed.slice("4:");
approx.assign(":", signal.slice("::2").add(signal.slice("1::2")).mul(0.5));
detail.assign(":", signal.slice("::2").sub(signal.slice("1::2")).mul(0.5));
console.log("approximation:", approx.tolist(), "detail:", detail.tolist());
approx.idiv(approx.max());
console.log("normalised approximation:", approx.tolist(), "detail energy:", detail.mul(detail).sum());

const counts = arange(1, 9);
const inclusive = counts.copy();
inclusiveScan(inclusive);
const exclusive = counts.copy();
exclusiveScan(exclusive);
console.log("counts:", counts.tolist(), "inclusive:", inclusive.tolist(), "exclusive:", exclusive.tolist());

const offsets = exclusive.slice("1:");
exclusive.set(0, -1);
console.log("bucket offsets after the first:", offsets.tolist());
