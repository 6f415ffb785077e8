// Generic helpers: a clamp that works on a copy and an inverted-dropout that documents its in-place write.
import { array, NDArray } from "ndalias";

function clamped<T extends NDArray>(x: T, lo: number, hi: number): NDArray {
  const y = x.copy();
  for (let i = 0; i < y.size; i++) {
    const v = y.get(i);
    if (v < lo) y.set(i, lo);
    else if (v > hi) y.set(i, hi);
  }
  return y;
}

function countSaturated<T extends NDArray>(x: T, lo: number, hi: number): number {
  let n = 0;
  for (let i = 0; i < x.size; i++) if (x.get(i) <= lo || x.get(i) >= hi) n++;
  return n;
}

const raw = array([-3.2, 0.4, 7.9, 1.1]);
const out = clamped(raw, -1, 1);
console.log("clamped:", out.tolist(), "saturated:", countSaturated(out, -1, 1), "raw:", raw.tolist());

/**
 * Zeroes the entries of `h` where `mask` is 0 and rescales the kept ones; returns `h`.
 * @ndalias write h
 */
function applyDropout<T extends NDArray>(h: T, mask: NDArray, keep: number): T {
  h.imul(mask);
  h.idiv(keep);
  return h;
}

const hidden = array([0.3, 1.2, -0.4, 0.8, 0.5]);
const mask = array([1, 0, 1, 1, 0]);
applyDropout(hidden, mask, 0.6);
console.log("hidden after dropout:", hidden.tolist(), "active:", mask.sum());
