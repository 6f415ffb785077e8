// Fills a fixed-capacity replay buffer, regresses a linear value function on its oldest minibatch and recycles those slots in place.
import { zeros, array, NDArray } from "ndalias";

const CAPACITY = 8;
const OBS_DIM = 3;
const BATCH = 4;
const GAMMA = 0.95;

class ReplayBuffer {
  obs = zeros([CAPACITY, OBS_DIM]);
  rewards = zeros(CAPACITY);
  dones = zeros(CAPACITY);
  cursor = 0;
  filled = 0;

  push(o: NDArray, r: number, done: boolean): void {
    this.obs.assign(`${this.cursor}`, o);
    this.rewards.set(this.cursor, r);
    this.dones.set(this.cursor, done ? 1 : 0);
    this.cursor = (this.cursor + 1) % CAPACITY;
    this.filled = Math.min(this.filled + 1, CAPACITY);
  }

  meanReward(): number {
    return this.filled === 0 ? 0 : this.rewards.slice(`:${this.filled}`).mean();
  }
}

function observe(t: number): NDArray {
  return array([Math.sin(t), Math.cos(t), t / CAPACITY]);
}

function predict(weights: NDArray, obs: NDArray): NDArray {
  // obs: [n, OBS_DIM] -> [n]
  const n = obs.shape[0];
  const out = zeros(n);
  for (let i = 0; i < n; i++) {
    out.set(i, obs.slice(i).mul(weights).sum());
  }
  return out;
}

function valueLoss(weights: NDArray, obs: NDArray, returns: NDArray): number {
  const err = predict(weights, obs).sub(returns);
  return err.mul(err).mean();
}

function gradient(weights: NDArray, obs: NDArray, returns: NDArray): NDArray {
  const err = predict(weights, obs).sub(returns);
  const grad = zeros(OBS_DIM);
  for (let i = 0; i < obs.shape[0]; i++) {
    grad.iadd(obs.slice(i).mul(err.get(i)));
  }
  return grad.div(obs.shape[0]);
}

const buffer = new ReplayBuffer();
for (let t = 0; t < CAPACITY; t++) {
  const reward = t % 3 === 0 ? 1 : 0;
  buffer.push(observe(t), reward, t === CAPACITY - 1);
}
console.log("buffer filled:", buffer.filled, "mean reward:", buffer.meanReward());

// The oldest minibatch, as views into the buffer.
const batchObs = buffer.obs.slice(`:${BATCH}`);
const batchRewards = buffer.rewards.slice(`:${BATCH}`);
const batchDones = buffer.dones.slice(`:${BATCH}`);

// One-step returns bootstrapped with a constant value guess.
const returns = batchRewards.add(batchDones.mul(-1).add(1).mul(GAMMA * 0.5));

// Scale observations into a smaller range before fitting.
batchObs.idiv(2); // expect: no-view-mutation

let weights = zeros(OBS_DIM);
const lossBefore = valueLoss(weights, batchObs, returns);
for (let epoch = 0; epoch < 20; epoch++) {
  weights = weights.sub(gradient(weights, batchObs, returns).mul(0.5));
}
const lossAfter = valueLoss(weights, batchObs, returns);
console.log("value loss:", lossBefore.toFixed(4), "->", lossAfter.toFixed(4));
console.log("whole-buffer loss:", valueLoss(weights, buffer.obs, buffer.rewards).toFixed(4));

// Keep a copy of the consumed rewards for the log before recycling the slots.
const consumedRewards = batchRewards.copy();

// Recycle the consumed slots so new transitions overwrite them.
buffer.rewards.slice(`:${BATCH}`).fill(0); // expect: no-view-mutation
buffer.dones.slice(`:${BATCH}`).fill(0);
console.log("batch reward total after recycling:", batchRewards.sum());
buffer.cursor = 0;
buffer.filled = CAPACITY - BATCH;

for (let t = 0; t < BATCH; t++) {
  buffer.push(observe(CAPACITY + t), 0.5, false);
}

console.log("consumed rewards:", consumedRewards.tolist());
console.log("fitted weights:", weights.tolist(), "mean reward now:", buffer.meanReward());
