// Clamps model activations with a generic helper and compares the clamped activations with the raw ones.
import { array, NDArray } from "ndalias";

function clampInto<T extends NDArray>(x: T, lo: number, hi: number): T {
  for (let i = 0; i < x.size; i++) {
    const v = x.get(i);
    if (v < lo) x.set(i, lo); // expect: no-alias-mutation
    else if (v > hi) x.set(i, hi); // expect: no-alias-mutation
  }
  return x;
}

const raw = array([-3.2, 0.4, 7.9, 1.1]);
const clamped = clampInto(raw.copy(), -1, 1);
console.log("clamped:", clamped.tolist(), "raw:", raw.tolist());
