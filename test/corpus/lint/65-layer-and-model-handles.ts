// Fine-tunes a network's first layer through a layer handle, decays the selected model (live or EMA) and every autoencoder layer.
import { array, NDArray } from "ndalias";

interface Layer {
  w: NDArray;
  b: NDArray;
}

class Model {
  weights = array([0.4, -0.8, 1.2]);
}

const net: { layers: Layer[] } = {
  layers: [
    { w: array([[0.5, -0.2], [0.1, 0.4]]), b: array([0, 0]) },
    { w: array([[1, -1]]), b: array([0.1]) },
  ],
};

const first = net.layers[0];
first.w.imul(0.5); // expect: no-alias-mutation
console.log("first layer now:", net.layers[0].w.tolist());

const live = new Model();
const ema = new Model();
const target = process.argv.includes("--ema") ? ema : live;
target.weights.imul(0.99); // expect: no-alias-mutation
console.log("live:", live.weights.tolist(), "ema:", ema.weights.tolist());

const encoder = { w: array([0.3, 0.6]) };
const decoder = { w: array([0.9, -0.3]) };
for (const layer of [encoder, decoder]) {
  layer.w.imul(0.99); // expect: no-alias-mutation
}
console.log("encoder after decay:", encoder.w.tolist(), "decoder after decay:", decoder.w.tolist());
for (const layer of [encoder, decoder]) {
  const preview = layer.w.copy();
  preview.imul(100);
  console.log("preview (%):", preview.tolist());
}
