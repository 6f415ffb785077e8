// Normalises rewards and advantages of collected rollouts with running statistics before an actor-critic update.
// runnable
import { array, zeros, NDArray } from "ndalias";

class RunningStats {
  count = 1e-4;
  mean = 0;
  var = 1;

  update(batch: NDArray): void {
    const batchMean = batch.mean();
    const centred = batch.sub(batchMean);
    const batchVar = centred.mul(centred).mean();
    const n = batch.size;
    const total = this.count + n;
    const delta = batchMean - this.mean;
    this.mean += (delta * n) / total;
    const m2 = this.var * this.count + batchVar * n + (delta * delta * this.count * n) / total;
    this.var = m2 / total;
    this.count = total;
  }

  get std(): number {
    return Math.sqrt(this.var) + 1e-8;
  }

  /** Returns a normalised copy; the input is not touched. */
  normalise(x: NDArray): NDArray {
    const z = x.sub(this.mean);
    z.idiv(this.std);
    return z;
  }
}

function clip(x: NDArray, lo: number, hi: number): NDArray {
  const out = x.copy();
  for (let i = 0; i < out.size; i++) {
    out.set(i, Math.min(hi, Math.max(lo, out.get(i))));
  }
  return out;
}

function advantages(rewards: NDArray, values: NDArray, gamma: number): NDArray {
  const adv = zeros(rewards.size);
  let running = 0;
  for (let t = rewards.size - 1; t >= 0; t--) {
    running = rewards.get(t) + gamma * running;
    adv.set(t, running - values.get(t));
  }
  return adv;
}

const rollouts = [
  { rewards: array([1, 0, 0, 5, 0, 2]), values: array([1.2, 0.9, 1.1, 2.5, 0.4, 1.0]) },
  { rewards: array([0, 0, 10, 0, 1, 0]), values: array([2.0, 3.1, 4.2, 0.5, 0.7, 0.1]) },
  { rewards: array([3, 1, 0, 0, 0, 8]), values: array([2.2, 1.5, 1.4, 2.0, 3.3, 4.0]) },
];

const rewardStats = new RunningStats();
const losses: number[] = [];

for (const rollout of rollouts) {
  rewardStats.update(rollout.rewards);

  // Scale rewards by the running standard deviation (no centring, as in PPO).
  rollout.rewards.copy().idiv(rewardStats.std); // expect: no-lost-write

  const adv = advantages(rollout.rewards, rollout.values, 0.99);

  // Clip extreme advantages before they reach the policy loss.
  const bounded = adv.flatten();
  for (let i = 0; i < adv.size; i++) {
    bounded.set(i, Math.max(-3, Math.min(3, adv.get(i)))); // expect: no-lost-write
  }

  const normAdv = rewardStats.normalise(adv);
  const policyLoss = -normAdv.mean();
  const valueErr = clip(adv, -5, 5);
  const valueLoss = valueErr.mul(valueErr).mean();
  losses.push(policyLoss + 0.5 * valueLoss);

  console.log(
    "rollout rewards:",
    rollout.rewards.tolist(),
    "max |adv|:",
    Math.max(adv.max(), -adv.min()).toFixed(2),
  );
}

const summary = array(losses);
console.log("running reward mean/std:", rewardStats.mean.toFixed(3), rewardStats.std.toFixed(3));
console.log("per-rollout loss:", (summary.tolist() as number[]).map((l) => l.toFixed(3)));
console.log("mean loss:", summary.mean().toFixed(3));
