// Fine-tuning script: derives a fine-tune config from the module-level base config with a spread, decays momentum and compares against the base.
import { array, zeros, NDArray } from "ndalias";
import { setTimeout as delay } from "node:timers/promises";

interface TrainConfig {
  lr: number;
  decay: number;
  weights: NDArray;
  momentum: NDArray;
  frozen: number[];
}

const BASE: TrainConfig = {
  lr: 0.1,
  decay: 0.9,
  weights: array([1.2, -0.4, 0.8, 0.3, -1.1]),
  momentum: zeros(5),
  frozen: [0],
};

const HISTORY: number[] = [];

function decayedMomentumNorm(): number {
  const m = BASE.momentum;
  m.imul(BASE.decay); // expect: no-alias-mutation
  return Math.sqrt(m.mul(m).sum());
}

function accumulate(grad: NDArray): void {
  BASE.momentum.iadd(grad);
}

function frozenMask(cfg: TrainConfig): NDArray {
  const mask = zeros(cfg.weights.size);
  mask.fill(1);
  for (const idx of cfg.frozen) mask.set(idx, 0);
  return mask;
}

function l2(x: NDArray): number {
  return Math.sqrt(x.mul(x).sum());
}

function clipGradient(g: NDArray, maxNorm: number): void {
  const n = l2(g);
  if (n > maxNorm) g.imul(maxNorm / n);
}

function lrAt(cfg: TrainConfig, epoch: number): number {
  return cfg.lr * Math.pow(cfg.decay, epoch);
}

async function loadGradients(): Promise<NDArray[]> {
  await delay(1);
  return [array([0.2, 0.1, -0.3, 0.0, 0.4]), array([0.1, -0.2, -0.1, 0.3, 0.2])];
}

const grads = await loadGradients();
for (const g of grads) {
  clipGradient(g, 0.4);
  accumulate(g);
  HISTORY.push(decayedMomentumNorm());
}
console.log("momentum norms:", HISTORY.map((v) => v.toFixed(3)));

const fineTune: TrainConfig = { ...BASE, lr: BASE.lr / 10, frozen: [0, 1] };
const mask = frozenMask(fineTune);

const step = BASE.momentum.mul(mask);
step.imul(fineTune.lr);
fineTune.weights.isub(step); // expect: no-alias-mutation

console.log("fine-tune step:", step.tolist());

const safeTune: TrainConfig = { ...BASE, weights: BASE.weights.copy() };
safeTune.weights.imul(1 - lrAt(safeTune, 3));
console.log("safe-tune weights:", safeTune.weights.tolist());
console.log("base weight norm:", l2(BASE.weights).toFixed(4));
console.log("fine-tune weight norm:", l2(fineTune.weights).toFixed(4));
console.log("base momentum:", BASE.momentum.tolist());
