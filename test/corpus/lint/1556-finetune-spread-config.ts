// Trains a linear model with momentum SGD, derives a fine-tuning run from the base config by spread merges, and compares losses.
import { array, zeros, NDArray } from "ndalias";

interface Params {
  weights: NDArray;
  bias: NDArray;
}

interface OptimState {
  lr: number;
  momentum: number;
  velocity: NDArray;
}

interface RunConfig {
  name: string;
  params: Params;
  optim: OptimState;
  epochs: number;
}

const base: RunConfig = {
  name: "base",
  params: { weights: array([0.4, -0.2, 0.1, 0.3]), bias: array([0.05]) },
  optim: { lr: 0.05, momentum: 0.9, velocity: zeros(4) },
  epochs: 4,
};

const samples: [number[], number][] = [
  [[1, 0, 2, 1], 1.5],
  [[0, 1, 1, 0], 0.2],
  [[2, 1, 0, 1], 1.1],
  [[1, 1, 1, 1], 0.9],
];

function predict(params: Params, x: NDArray): number {
  return params.weights.mul(x).sum() + params.bias.get(0);
}

function gradient(params: Params, x: NDArray, y: number): NDArray {
  return x.mul(2 * (predict(params, x) - y));
}

function loss(params: Params): number {
  let total = 0;
  for (const [xs, y] of samples) {
    const err = predict(params, array(xs)) - y;
    total += err * err;
  }
  return total / samples.length;
}

function sgdStep(run: RunConfig, grad: NDArray): void {
  run.optim.velocity.imul(run.optim.momentum);
  run.optim.velocity.isub(grad.mul(run.optim.lr));
  run.params.weights.iadd(run.optim.velocity);
}

for (let epoch = 0; epoch < base.epochs; epoch++) {
  for (const [xs, y] of samples) {
    sgdStep(base, gradient(base.params, array(xs), y));
  }
  console.log(`${base.name} epoch ${epoch}: loss ${loss(base.params).toFixed(5)}`);
}

// A quick what-if: how large would the velocity be without the last update?
const probe: OptimState = { ...base.optim, velocity: base.optim.velocity.copy() };
probe.velocity.fill(0);
console.log("probe velocity:", probe.velocity.sum(), "base velocity:", base.optim.velocity.sum());

// Fine-tuning starts from the trained weights with a smaller learning rate.
const finetune: RunConfig = {
  ...base,
  name: "finetune",
  params: { ...base.params, weights: base.params.weights.copy() },
  optim: { ...base.optim, lr: 0.01 },
  epochs: 2,
};

// Carry over only half of the accumulated momentum, and shrink the copied weights.
finetune.optim.velocity.imul(0.5); // expect: no-alias-mutation
finetune.params.weights.imul(0.9);

console.log("finetune start weights:", finetune.params.weights.tolist());
console.log("finetune start velocity:", finetune.optim.velocity.tolist());
console.log("base velocity kept for resuming:", base.optim.velocity.tolist());
console.log("base weights:", base.params.weights.tolist());

for (let epoch = 0; epoch < finetune.epochs; epoch++) {
  for (const [xs, y] of samples) {
    const g = gradient(finetune.params, array(xs), y);
    finetune.params.weights.isub(g.mul(finetune.optim.lr));
  }
}

console.log(`base loss ${loss(base.params).toFixed(5)}, finetune loss ${loss(finetune.params).toFixed(5)}`);
