// Trains a tiny two-layer network's weights with fake gradients, keeps an EMA copy and periodic snapshots, and compares them.
import { array, zeros, ones, NDArray } from "ndalias";

type Layer = { w: NDArray; b: NDArray };

const layers: Layer[] = [
  { w: array([[0.2, -0.1], [0.4, 0.3], [-0.5, 0.1]]), b: zeros(2) },
  { w: array([[1.0], [-1.0]]), b: ones(1) },
];

const ema: Layer[] = layers.map(({ w, b }) => ({ w: w.copy(), b: b.copy() }));
const snapshots: NDArray[][] = [];

function parameterCount(...groups: Layer[][]): number {
  return groups.flat().reduce((n, { w, b }) => n + w.size + b.size, 0);
}

function fakeGradients(step: number): Layer[] {
  return layers.map(({ w, b }, i) => {
    const gw = zeros(w.shape);
    gw.fill(Math.sin(step + i) * 0.1);
    const gb = b.mul(0.05);
    gb.iadd(Math.cos(step) * 0.01);
    return { w: gw, b: gb };
  });
}

function sgdStep(grads: readonly Layer[], lr: number): void {
  for (let i = 0; i < layers.length; i++) {
    layers[i].w.isub(grads[i].w.mul(lr));
    layers[i].b.isub(grads[i].b.mul(lr));
  }
}

function updateEma(decay: number): void {
  for (let i = 0; i < ema.length; i++) {
    ema[i].w.imul(decay);
    ema[i].w.iadd(layers[i].w.mul(1 - decay));
    ema[i].b.imul(decay);
    ema[i].b.iadd(layers[i].b.mul(1 - decay));
  }
}

function snapshot(): void {
  snapshots.push([...layers.map(({ w }) => w.copy()), ...layers.map(({ b }) => b.copy())]);
}

function drift(a: readonly Layer[], b: readonly Layer[]): number {
  let total = 0;
  a.forEach(({ w }, i) => {
    const d = w.sub(b[i].w);
    total += d.mul(d).sum();
  });
  return Math.sqrt(total);
}

const [inputLayer, ...hidden] = layers;
console.log("input layer shape:", inputLayer.w.shape, "hidden layers:", hidden.length);
console.log("parameters (model + ema):", parameterCount([...layers], [...ema]));

const schedule = [0.5, 0.5, 0.2, 0.2, 0.1, 0.1];
let step = 0;
for (const lr of schedule) {
  const grads = fakeGradients(step);
  sgdStep(grads, lr);
  updateEma(0.8);
  if (step % 2 === 0) snapshot();
  step++;
}

console.log("drift model vs ema:", drift(layers, ema).toFixed(4));
console.log("snapshots taken:", snapshots.length);

const [firstSnap = [], ...laterSnaps] = snapshots;
const latest = laterSnaps.at(-1) ?? firstSnap;
const change = latest.map((w, i) => w.sub(firstSnap[i] ?? w).sum());
console.log("weight change since first snapshot:", change.map((v) => v.toFixed(3)));

// Reset the model to the EMA weights for evaluation, in place on each layer.
for (let i = 0; i < layers.length; i++) {
  layers[i].w.assign(":", ema[i].w);
  layers[i].b.assign(":", ema[i].b);
}
console.log("model after reset:", layers.map(({ w }) => w.tolist()));
console.log("first snapshot still:", firstSnap.map((w) => w.sum().toFixed(3)));
console.log("drift after reset:", drift(layers, ema));
