// Applies a configurable activation to pre-activations and reports the mean of each, and the entropy of a histogram.
import { array, NDArray } from "ndalias";

type Activation = "relu" | "tanh" | "sigmoid" | "identity";

function activate(z: NDArray, kind: Activation): NDArray {
  const out = z.copy();
  switch (kind) {
    case "relu":
      for (let i = 0; i < out.size; i++) out.set(i, Math.max(0, out.get(i)));
      break;
    case "tanh":
      for (let i = 0; i < out.size; i++) out.set(i, Math.tanh(out.get(i)));
      break;
    case "sigmoid":
      for (let i = 0; i < z.size; i++) z.set(i, 1 / (1 + Math.exp(-z.get(i)))); // expect: no-alias-mutation
      return z;
    case "identity":
      break;
  }
  return out;
}

const pre = array([-1.5, 0.2, 2.0, -0.1]);
for (const kind of ["relu", "tanh", "sigmoid", "identity"] as const) {
  console.log(kind, activate(pre, kind).mean());
}

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
