// Prunes small weights and clears the bias of the first layer of a two-layer network and evaluates the network on one input.
import { array, NDArray } from "ndalias";

interface Layer {
  w: NDArray;
  b: NDArray;
}
const net: { layers: Layer[] } = {
  layers: [
    { w: array([[0.5, -0.01], [0.02, 0.8]]), b: array([0.1, 0.0]) },
    { w: array([[1.0, -1.0]]), b: array([0.05]) },
  ],
};

function dense(layer: Layer, x: number[]): number[] {
  const out: number[] = [];
  for (let r = 0; r < layer.w.shape[0]; r++) {
    let s: number = layer.b.get(r);
    for (let c = 0; c < x.length; c++) s += layer.w.get(r, c) * x[c];
    out.push(Math.max(0, s));
  }
  return out;
}

function biasOf(layer: Layer): NDArray {
  return layer.b;
}

const firstW = net.layers[0].w;
const pruned = firstW.copy();
for (let i = 0; i < pruned.size; i++) {
  if (Math.abs(pruned.data[i] as number) < 0.05) pruned.data[i] = 0;
}
console.log("pruned weights:", pruned.tolist());
firstW.assign(":", pruned); // expect: no-alias-mutation
const firstBias = biasOf(net.layers[0]);
firstBias.fill(0); // expect: no-alias-mutation
console.log("output:", dense(net.layers[1], dense(net.layers[0], [1, 2])));
