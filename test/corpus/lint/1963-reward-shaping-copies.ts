// Shapes and normalises the rewards of a batch of episodes for a policy-gradient update, working on copies where the raw rewards are still needed.
import { array, zeros, NDArray } from "ndalias";

const GAMMA = 0.95;

/** Discounted returns as a new array. */
function discount(rewards: NDArray, gamma: number): NDArray {
  const out = rewards.copy();
  for (let t = out.size - 2; t >= 0; t--) {
    out.set(t, out.get(t) + gamma * out.get(t + 1));
  }
  return out;
}

/** Whitened copy of `x`. */
function whiten(x: NDArray): NDArray {
  const z = x.sub(x.mean());
  const std = Math.sqrt(z.mul(z).mean()) + 1e-8;
  z.idiv(std);
  return z;
}

/** Rewards of the selected steps, scaled; the input is untouched. */
function scaledSubset(rewards: NDArray, steps: number[], scale: number): NDArray {
  const subset = rewards.take(steps);
  subset.imul(scale);
  return subset;
}

/** Low-precision copy of the returns for the replay log. */
function toLogFormat(returns: NDArray): NDArray {
  const compact = returns.astype("float32");
  compact.imul(1000);
  return compact;
}

const episodeRewards = array([
  [0, 0, 1, 0, 0, 2],
  [1, 0, 0, 0, 0, 0],
  [0, 3, 0, 0, 1, 0],
]);
const rawTotals = zeros(3);

for (let e = 0; e < 3; e++) {
  rawTotals.set(e, episodeRewards.slice(e).sum());
}

// Terminal steps get a completion bonus, written directly into the batch.
episodeRewards.slice(":", -1).iadd(0.5);

// Living penalty on every step of the batch.
episodeRewards.isub(0.01);

const allReturns: NDArray[] = [];
for (let e = 0; e < 3; e++) {
  const returns = discount(episodeRewards.slice(e), GAMMA);
  allReturns.push(returns);
}

const advantages = allReturns.map((r) => whiten(r));
const bonusSteps = scaledSubset(episodeRewards.slice(0), [2, 5], 10);
const logged = allReturns.map(toLogFormat);

// Clipped copy of the first episode's returns, for the value loss only.
const clipped = allReturns[0].copy();
for (let t = 0; t < clipped.size; t++) {
  clipped.set(t, Math.min(clipped.get(t), 2));
}
const valueLoss = clipped.sub(allReturns[0]).mean();

// Per-episode summary written into a fresh row each time.
const summary = zeros([3, 3]);
for (let e = 0; e < 3; e++) {
  const row = zeros(3);
  row.set(0, rawTotals.get(e));
  row.set(1, allReturns[e].get(0));
  row.set(2, advantages[e].max());
  summary.assign(`${e}`, row);
}

console.log("raw totals:", rawTotals.tolist());
console.log("shaped rewards:", episodeRewards.tolist());
console.log("advantages:", advantages.map((a) => a.tolist()));
console.log("bonus steps x10:", bonusSteps.tolist(), "value loss:", valueLoss.toFixed(4));
console.log("log format:", logged.map((l) => l.tolist()));
console.log("summary [raw, G0, max adv]:", summary.tolist());
