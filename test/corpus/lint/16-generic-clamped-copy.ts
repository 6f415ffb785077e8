// Clamps model activations with a generic helper that works on a copy and compares the clamped activations with the raw ones.
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
