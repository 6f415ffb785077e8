// Keeps a small MLP as a list of layer records, runs a pruning what-if and a re-initialisation experiment, and prints layer norms.
import { array, zeros, NDArray } from "ndalias";

interface Layer {
  name: string;
  weights: NDArray; // [inputs, outputs]
  bias: NDArray; // [outputs]
  frozen: boolean;
}

function makeLayer(name: string, rows: number[][], bias: number[]): Layer {
  return { name, weights: array(rows), bias: array(bias), frozen: false };
}

function paramsOf(layer: Layer): [NDArray, NDArray] {
  return [layer.weights, layer.bias];
}

function l2(x: NDArray): number {
  return Math.sqrt(x.mul(x).sum());
}

function forward(net: Layer[], input: NDArray): NDArray {
  let h = input;
  for (const layer of net) {
    const out = zeros(layer.bias.size);
    for (let j = 0; j < layer.bias.size; j++) {
      let acc: number = layer.bias.get(j);
      for (let i = 0; i < h.size; i++) {
        acc += h.get(i) * layer.weights.get(i, j);
      }
      out.set(j, Math.max(0, acc));
    }
    h = out;
  }
  return h;
}

function pruneCopy(weights: NDArray, threshold: number): NDArray {
  const out = weights.copy();
  for (let k = 0; k < out.size; k++) {
    if (Math.abs(out.data[k] as number) < threshold) {
      out.data[k] = 0;
    }
  }
  return out;
}

function sparsity(weights: NDArray): number {
  let zerosCount = 0;
  for (let k = 0; k < weights.size; k++) {
    if (weights.data[k] === 0) zerosCount++;
  }
  return zerosCount / weights.size;
}

const net: Layer[] = [
  makeLayer("hidden", [[0.2, -0.5, 0.1], [0.7, 0.3, -0.12]], [0.0, 0.1, 0.05]),
  makeLayer("output", [[0.4, -0.1], [0.05, 0.9], [-0.6, 0.2]], [0.1, -0.1]),
];
net[0].frozen = true;
const input = array([1.0, 0.5]);
console.log("baseline output:", forward(net, input).tolist());

// What-if: magnitude pruning on copies of the weights; the live network keeps its parameters.
const pruned = net.map((layer) => ({ ...layer, weights: pruneCopy(layer.weights, 0.15) }));
for (const layer of pruned) {
  console.log(`${layer.name}: sparsity after pruning ${(sparsity(layer.weights) * 100).toFixed(0)}%`);
}
console.log("pruned output:", forward(pruned, input).tolist());

// Inspect the hidden layer through its parameter pair.
const [hiddenW, hiddenB] = paramsOf(net[0]);
console.log("hidden weight norm:", l2(hiddenW).toFixed(4), "bias norm:", l2(hiddenB).toFixed(4));

// Dead-unit experiment: what does the hidden layer produce without biases?
hiddenB.fill(0); // expect: no-alias-mutation
const probe = zeros(hiddenB.size);
for (let j = 0; j < hiddenB.size; j++) {
  let acc = 0;
  for (let i = 0; i < input.size; i++) acc += input.get(i) * hiddenW.get(i, j);
  probe.set(j, Math.max(0, acc));
}
console.log("hidden activations without bias:", probe.tolist());

// Re-initialisation experiment on the output layer's last input row.
const outputLayer = net[1];
const lastInputRow = outputLayer.weights.slice(-1);
console.log("last input row before reset:", lastInputRow.tolist());
lastInputRow.fill(0.01); // expect: no-view-mutation

// Report on the live network.
const trainable = net.filter((layer) => !layer.frozen);
console.log("trainable layers:", trainable.map((layer) => layer.name).join(", "));
for (const layer of net) {
  console.log(`${layer.name}: |W|=${l2(layer.weights).toFixed(4)} |b|=${l2(layer.bias).toFixed(4)}`);
}
console.log("final output:", forward(net, input).tolist());
console.log("output weights:", outputLayer.weights.tolist());
