// A tiny training loop driven by events: weight decay and gradient clearing in callbacks, plus a per-layer report.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

interface Layer {
  name: string;
  weights: NDArray;
  grads: NDArray;
}

const DECAY = 0.99;
const LR = 0.1;

const layers: Layer[] = [
  { name: "embed", weights: array([0.4, -0.2, 0.9]), grads: zeros(3) },
  { name: "hidden", weights: array([[0.1, 0.3], [-0.5, 0.2]]), grads: zeros([2, 2]) },
  { name: "head", weights: array([1.2, -0.7]), grads: zeros(2) },
];

const bus = new EventEmitter();
bus.on("zero-grad", (g: NDArray) => g.fill(0));
bus.on("decay", (w: NDArray) => w.imul(DECAY));

function accumulate(layer: Layer, step: number): void {
  const g = layer.grads;
  g.iadd(layer.weights.mul(0.1 * (step + 1)));
}

function gradNorm(layer: Layer): number {
  const g = layer.grads.flatten();
  g.imul(g);
  return Math.sqrt(g.sum());
}

function clipGrads(layer: Layer, maxNorm: number): void {
  const norm = gradNorm(layer);
  if (norm > maxNorm) layer.grads.imul(maxNorm / norm);
}

function stepLayer(layer: Layer): void {
  layer.weights.isub(layer.grads.mul(LR));
}

const norms: number[][] = [];
for (let step = 0; step < 3; step++) {
  layers.forEach((layer) => accumulate(layer, step));
  layers.forEach((layer) => clipGrads(layer, 0.5));
  norms.push(layers.map((layer) => Number(gradNorm(layer).toFixed(4))));
  layers.forEach(stepLayer);
  layers.forEach((layer) => bus.emit("decay", layer.weights));
  layers.forEach((layer) => bus.emit("zero-grad", layer.grads));
}

// Expression-bodied callbacks that return fresh arrays, not the layer's own memory.
const scaled = layers.map((layer) => layer.weights.mul(2));
const magnitudes = layers.map((layer) => {
  const m = layer.weights.flatten();
  for (let i = 0; i < m.size; i++) m.set(i, Math.abs(m.get(i)));
  return m.max();
});

// Row sums of the hidden layer, read through fresh row views after training.
const hiddenRows = zeros(2);
for (let r = 0; r < 2; r++) {
  hiddenRows.set(r, layers[1].weights.slice(r).sum());
}

const summary = zeros([layers.length, 2]);
layers.forEach((layer, i) => {
  summary.set([i, 0], layer.weights.sum());
  summary.set([i, 1], layer.grads.sum());
});

const totalWeight = layers.reduce((acc, layer) => acc + layer.weights.sum(), 0);
console.log("gradient norms per step:", norms);
console.log("total weight:", totalWeight.toFixed(4));
for (const layer of layers) {
  console.log(layer.name.padEnd(7), "weights:", layer.weights.tolist());
}
console.log("doubled weights:", scaled.map((s) => s.tolist()));
console.log("max |w| per layer:", magnitudes, "hidden row sums:", hiddenRows.tolist());
console.log("summary (weight sum, grad sum):", summary.tolist());
