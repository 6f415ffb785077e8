// Optimizer setup script: derives per-run configs from module-level defaults with spreads, warms up the run's own buffers and prints both.
import { array, zeros, NDArray } from "ndalias";
import { setTimeout as delay } from "node:timers/promises";

interface OptimConfig {
  lr: number;
  beta: number;
  weights: NDArray;
  velocity: NDArray;
}

const DEFAULTS: OptimConfig = {
  lr: 0.05,
  beta: 0.9,
  weights: array([0.4, -0.2, 0.1, 0.7]),
  velocity: zeros(4),
};

const RUN: OptimConfig = {
  ...DEFAULTS,
  lr: 0.01,
  weights: DEFAULTS.weights.copy(),
  velocity: DEFAULTS.velocity.copy(),
};

const GRADS = [array([0.1, 0.1, -0.3, 0.2]), array([0.05, -0.1, -0.2, 0.1])];

function momentumStep(grad: NDArray): number {
  RUN.velocity.imul(RUN.beta);
  RUN.velocity.iadd(grad);
  RUN.weights.isub(RUN.velocity.mul(RUN.lr));
  return RUN.weights.sum();
}

function clampInPlace(x: NDArray, limit: number): void {
  for (let i = 0; i < x.size; i++) {
    const v = x.get(i);
    if (Math.abs(v) > limit) x.set(i, Math.sign(v) * limit);
  }
}

function previewScaled(cfg: OptimConfig, factor: number): NDArray {
  const scaled = cfg.weights.copy();
  scaled.imul(factor);
  return scaled;
}

function describe(cfg: OptimConfig): string {
  return `lr=${cfg.lr} beta=${cfg.beta} |w|=${Math.sqrt(cfg.weights.mul(cfg.weights).sum()).toFixed(4)}`;
}

function cosine(a: NDArray, b: NDArray): number {
  const dot = a.mul(b).sum();
  return dot / Math.sqrt(a.mul(a).sum() * b.mul(b).sum());
}

function driftReport(): string {
  const drift = RUN.weights.sub(DEFAULTS.weights);
  drift.imul(100);
  return (drift.tolist() as number[]).map((d) => `${d.toFixed(1)}%`).join(", ");
}

const before = DEFAULTS.weights.tolist();

for (const g of GRADS) {
  await delay(1);
  const total = momentumStep(g);
  console.log("step total:", total.toFixed(4));
}

clampInPlace(RUN.weights, 0.5);
RUN.weights.slice(":1").fill(0);

const probe = { ...RUN, lr: RUN.lr * 10 };
console.log("probe:", describe(probe));

const preview = previewScaled(DEFAULTS, 2);
console.log("defaults x2:", preview.tolist());

const snapshot = RUN.weights.copy();
snapshot.iadd(1);
console.log("shifted snapshot:", snapshot.tolist());

console.log("defaults before:", before, "defaults now:", DEFAULTS.weights.tolist());
console.log("run:", describe(RUN), RUN.weights.tolist());
console.log("cosine to defaults:", cosine(RUN.weights, DEFAULTS.weights).toFixed(4), "drift:", driftReport());
