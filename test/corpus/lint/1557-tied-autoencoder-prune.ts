// Builds a small autoencoder from a layer config with the decoder initialised from the encoder, prunes it and reports reconstructions.
import { array, zeros, NDArray } from "ndalias";

type Activation = "relu" | "linear";

interface Layer {
  name: string;
  weights: NDArray;
  bias: NDArray;
  activation: Activation;
}

interface Config {
  model: { inputDim: number; layers: Layer[] };
  pruning: { threshold: number; enabled: boolean };
}

const config: Config = {
  model: {
    inputDim: 4,
    layers: [
      {
        name: "enc",
        weights: array([
          [0.5, -0.02, 0.3, 0.01],
          [0.04, 0.7, -0.6, 0.2],
          [0.3, 0.03, 0.1, -0.8],
        ]),
        bias: zeros(3),
        activation: "relu",
      },
    ],
  },
  pruning: { threshold: 0.05, enabled: true },
};

function matvec(w: NDArray, x: NDArray): NDArray {
  const out = zeros(w.shape[0]);
  for (let r = 0; r < w.shape[0]; r++) {
    out.set(r, w.slice(r).mul(x).sum());
  }
  return out;
}

function activate(x: NDArray, kind: Activation): NDArray {
  if (kind === "linear") return x;
  const out = x.copy();
  for (let i = 0; i < out.size; i++) {
    if (out.get(i) < 0) out.set(i, 0);
  }
  return out;
}

function forward(layers: Layer[], x: NDArray): NDArray {
  let h = x;
  for (const layer of layers) {
    h = activate(matvec(layer.weights, h).add(layer.bias), layer.activation);
  }
  return h;
}

// Decoder starts as the transpose of the encoder and is then trained on its own.
config.model.layers.push({
  name: "dec",
  weights: config.model.layers[0].weights.T,
  bias: zeros(config.model.inputDim),
  activation: "linear",
});

// Small positive bias keeps the ReLU units alive at the start.
config.model.layers[0].bias.fill(0.01);
config.model.layers[1].bias.slice("0:2").fill(0);

// The decoder's initial gain is too high for a transpose init: halve it.
config.model.layers[1].weights.imul(0.5); // expect: no-view-mutation

console.log("encoder row 0:", config.model.layers[0].weights.slice(0).tolist());

// Magnitude pruning of the encoder.
if (config.pruning.enabled) {
  const flat = config.model.layers[0].weights.ravel();
  let pruned = 0;
  for (let i = 0; i < flat.size; i++) {
    if (Math.abs(flat.get(i)) < config.pruning.threshold) {
      flat.set(i, 0); // expect: no-view-mutation
      pruned++;
    }
  }
  console.log(`pruned ${pruned} of ${flat.size} encoder weights`);
}

const inputs = [array([1, 0, 0.5, 0.2]), array([0.1, 0.9, 0.3, 0.0])];
for (const x of inputs) {
  const y = forward(config.model.layers, x);
  const err = y.sub(x);
  console.log("input", x.tolist(), "reconstruction", y.tolist(), "mse", err.mul(err).mean().toFixed(4));
}

console.log("encoder norm:", config.model.layers[0].weights.mul(config.model.layers[0].weights).sum());
console.log("decoder:", config.model.layers[1].weights.tolist());
