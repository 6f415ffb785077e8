// Registers network parameters by name in a Map, decays them through the registry, and evaluates the model with the original handles.
import { array, zeros, NDArray } from "ndalias";

const dense = array([[0.5, -1.2], [0.8, 0.1]]);
const bias = array([0.05, -0.02]);
const registry = new Map<string, NDArray>();
registry.set("dense", dense);
registry.set("bias", bias);

function forward(x: NDArray): NDArray {
  return dense.mul(x).add(bias);
}

const decay = 0.9;
const w = registry.get("dense");
if (w !== undefined) {
  w.imul(decay); // expect: no-alias-mutation
}

const grads = new Map<string, NDArray>([
  ["dense", zeros([2, 2]).fill(0.02)],
  ["bias", zeros(2).fill(0.01)],
]);
for (const [name, g] of grads) {
  console.log(name, "grad norm", Math.sqrt(g.mul(g).sum()).toFixed(4));
}

const out = forward(array([1, 1]));
console.log("output:", out.tolist(), "bias:", (registry.get("bias") ?? zeros(2)).tolist());
