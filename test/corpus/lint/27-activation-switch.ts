// Applies a configurable activation function to a layer's pre-activations and reports the mean activation of each.
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
