// Trains a linear critic from minibatch views of a rollout buffer, consuming each view before the buffer slots are overwritten.
import { zeros, array, NDArray } from "ndalias";

const CAPACITY = 8;
const OBS_DIM = 3;
const BATCH = 4;
const EPOCHS = 3;

const obsBuffer = zeros([CAPACITY, OBS_DIM]);
const returnBuffer = zeros(CAPACITY);

/** Refills the module-level rollout buffers for one epoch. */
function collectRollout(epoch: number): void {
  for (let i = 0; i < CAPACITY; i++) {
    obsBuffer.assign(`${i}`, array([1, (i + epoch) % 3, i / CAPACITY]));
    returnBuffer.set(i, 0.5 * (i % 4) + 0.1 * epoch);
  }
}

function predict(w: NDArray, obs: NDArray): NDArray {
  const n = obs.shape[0];
  const out = zeros(n);
  for (let i = 0; i < n; i++) out.set(i, obs.slice(i).mul(w).sum());
  return out;
}

function sgdStep(w: NDArray, obs: NDArray, targets: NDArray, lr: number): NDArray {
  const err = predict(w, obs).sub(targets);
  const grad = zeros(w.size);
  for (let i = 0; i < obs.shape[0]; i++) {
    grad.iadd(obs.slice(i).mul(err.get(i)));
  }
  return w.sub(grad.mul(lr / obs.shape[0]));
}

let weights = zeros(OBS_DIM);
const epochLoss = zeros(EPOCHS);

for (let epoch = 0; epoch < EPOCHS; epoch++) {
  collectRollout(epoch);
  let loss = 0;
  for (let start = 0; start < CAPACITY; start += BATCH) {
    const span = `${start}:${start + BATCH}`;
    const obs = obsBuffer.slice(span);
    const targets = returnBuffer.slice(span);
    for (let k = 0; k < 10; k++) weights = sgdStep(weights, obs, targets, 0.3);
    const err = predict(weights, obs).sub(targets);
    loss += err.mul(err).sum();
  }
  epochLoss.set(epoch, loss / CAPACITY);
}
console.log("loss per epoch:", epochLoss.tolist());

// Inspect the last minibatch, then recycle the whole buffer.
const lastObs = obsBuffer.slice(`${CAPACITY - BATCH}:`);
const lastTargets = returnBuffer.slice(`${CAPACITY - BATCH}:`);
const lastPred = predict(weights, lastObs);
console.log("last batch residuals:", lastPred.sub(lastTargets).tolist());

obsBuffer.fill(0);
returnBuffer.fill(0);

// The per-slot statistics view is created after the reset, so it sees the cleared slots.
const resetCheck = returnBuffer.slice(`:${BATCH}`);
console.log("cleared slots sum to:", resetCheck.sum());

// A scratch batch starts as a view for inspection, then is rebound to private memory.
let scratch = obsBuffer.slice(`:${BATCH}`);
console.log("scratch shape:", scratch.shape.join("x"), "sum:", scratch.sum());
scratch = zeros([BATCH, OBS_DIM]);
obsBuffer.fill(1);
scratch.assign(":, 0", 1);
console.log("scratch after rebinding:", scratch.tolist());

// Snapshot a slot, then overwrite the slot; the snapshot keeps the old values.
const slot0 = obsBuffer.slice(0).copy();
obsBuffer.slice(0).assign("...", array([9, 9, 9]));
console.log("slot 0 before:", slot0.tolist(), "after:", obsBuffer.slice(0).tolist());

console.log("final weights:", weights.tolist());
