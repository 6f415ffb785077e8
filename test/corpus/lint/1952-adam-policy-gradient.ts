// REINFORCE on a three-armed bandit with a softmax policy, gradient-norm clipping and an Adam optimiser holding its moment arrays.
import { zeros, array, NDArray } from "ndalias";

const N_ARMS = 3;
const ARM_MEANS = [0.2, 0.5, 0.9];
const EPISODES = 60;

class Adam {
  m: NDArray;
  v: NDArray;
  t = 0;

  constructor(size: number, readonly lr = 0.05, readonly beta1 = 0.9, readonly beta2 = 0.999, readonly eps = 1e-8) {
    this.m = zeros(size);
    this.v = zeros(size);
  }

  /** Applies one update to `params` and returns the size of the step taken. */
  step(params: NDArray, grads: NDArray): number {
    this.t += 1;
    this.m.imul(this.beta1);
    this.m.iadd(grads.mul(1 - this.beta1));
    this.v.imul(this.beta2);
    this.v.iadd(grads.mul(grads).mul(1 - this.beta2));

    const mHat = this.m.div(1 - this.beta1 ** this.t);
    const vHat = this.v.div(1 - this.beta2 ** this.t);
    const update = zeros(params.size);
    for (let i = 0; i < params.size; i++) {
      const denom = Math.sqrt(vHat.get(i)) + this.eps;
      update.set(i, (this.lr * mHat.get(i)) / denom);
    }
    params.iadd(update); // expect: no-alias-mutation
    return Math.sqrt(update.mul(update).sum());
  }

  reset(): void {
    this.m.fill(0);
    this.v.fill(0);
    this.t = 0;
  }
}

function softmax(logits: NDArray): NDArray {
  const shifted = logits.sub(logits.max());
  const e = zeros(shifted.size);
  for (let i = 0; i < shifted.size; i++) e.set(i, Math.exp(shifted.get(i)));
  return e.div(e.sum());
}

/** Rescales `grads` so its norm is at most `maxNorm`; returns the norm before clipping. */
function clipGradNorm(grads: NDArray, maxNorm: number): number {
  const norm = Math.sqrt(grads.mul(grads).sum());
  if (norm > maxNorm) {
    grads.imul(maxNorm / norm); // expect: no-alias-mutation
  }
  return norm;
}

function sampleArm(probs: NDArray, u: number): number {
  let acc = 0;
  for (let i = 0; i < probs.size; i++) {
    acc += probs.get(i);
    if (u < acc) return i;
  }
  return probs.size - 1;
}

// Linear congruential generator for a reproducible run.
let seed = 12345;
function rand(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}

const logits = zeros(N_ARMS);
const optimiser = new Adam(N_ARMS);
const rewardHistory = zeros(EPISODES);
let baseline = 0;
let clippedCount = 0;

for (let ep = 0; ep < EPISODES; ep++) {
  const probs = softmax(logits);
  const arm = sampleArm(probs, rand());
  const reward = ARM_MEANS[arm] + (rand() - 0.5) * 0.2;
  rewardHistory.set(ep, reward);

  // Gradient of log pi(arm) for a softmax policy, scaled by the advantage.
  const advantage = reward - baseline;
  const grads = probs.mul(-advantage);
  grads.set(arm, grads.get(arm) + advantage);
  baseline = 0.9 * baseline + 0.1 * reward;

  const rawNorm = clipGradNorm(grads, 0.5);
  if (rawNorm > 0.5) clippedCount += 1;
  optimiser.step(logits, grads);
}

const finalProbs = softmax(logits);
const lastTen = rewardHistory.slice(`${EPISODES - 10}:`);
console.log("final policy:", (finalProbs.tolist() as number[]).map((p) => p.toFixed(3)));
console.log("mean reward, last 10 episodes:", lastTen.mean().toFixed(3));
console.log("clipped updates:", clippedCount, "of", EPISODES);
console.log("first moment:", optimiser.m.tolist(), "logits:", logits.tolist());

optimiser.reset();
const check = array([0.1, -0.2, 0.3]);
console.log("step norm on a fresh optimiser:", optimiser.step(zeros(N_ARMS), check).toFixed(4));
