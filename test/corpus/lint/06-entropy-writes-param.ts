// Normalises a histogram to a probability distribution and reports its entropy alongside the raw bin counts.
import { array, NDArray } from "ndalias";

function entropy(hist: NDArray): number {
  hist.idiv(hist.sum()); // expect: no-alias-mutation
  let h = 0;
  for (let i = 0; i < hist.size; i++) {
    const p = hist.get(i);
    if (p > 0) h -= p * Math.log2(p);
  }
  return h;
}

const counts = array([12, 0, 3, 5, 20]);
console.log("entropy (bits):", entropy(counts));
console.log("bin counts:", counts.tolist());
