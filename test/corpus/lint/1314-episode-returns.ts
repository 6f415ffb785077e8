// Records rewards of reinforcement-learning episodes in module-level buffers and computes discounted returns per episode.
import { zeros, NDArray } from "ndalias";

const HORIZON = 8;
const GAMMA = 0.9;

let rewards: NDArray = zeros(HORIZON);
let returns: NDArray = zeros(HORIZON);
let t = 0;
const episodeTotals: number[] = [];

function record(reward: number): void {
  if (t >= HORIZON) {
    throw new RangeError(`episode longer than the horizon of ${HORIZON} steps`);
  }
  rewards.set(t, reward);
  t++;
}

function discountedReturns(): NDArray {
  const out = zeros(HORIZON);
  let running = 0;
  for (let i = t - 1; i >= 0; i--) {
    running = rewards.get(i) + GAMMA * running;
    out.set(i, running);
  }
  return out;
}

function finishEpisode(): number {
  returns = discountedReturns();
  const total = returns.get(0);
  episodeTotals.push(total);
  rewards = zeros(HORIZON);
  t = 0;
  return total;
}

function advantage(baseline: number): NDArray {
  const adv = returns.sub(baseline);
  adv.idiv(Math.max(1e-8, Math.sqrt(adv.mul(adv).mean())));
  return adv;
}

function clipRewards(limit: number): void {
  for (let i = 0; i < t; i++) {
    const r = rewards.get(i);
    rewards.set(i, Math.max(-limit, Math.min(limit, r)));
  }
}

function meanTotal(): number {
  if (episodeTotals.length === 0) {
    return 0;
  }
  return episodeTotals.reduce((a, b) => a + b, 0) / episodeTotals.length;
}

const firstEpisode = [1, 0, 0, 5, 0, -1];
for (const r of firstEpisode) {
  record(r);
}
clipRewards(3);
const rawFirst = rewards.copy();
const liveRewards = rewards;
console.log("first episode rewards:", liveRewards.tolist(), "sum:", liveRewards.sum());
console.log("first episode return:", finishEpisode().toFixed(4));

const firstReturns = returns;
const head = returns.slice(":3");
console.log("first returns head:", head.tolist(), "advantage:", advantage(meanTotal()).tolist());

for (const r of [0, 2, 2, 0, 1]) {
  record(r);
}
rewards.imul(0.5);
console.log("second episode return:", finishEpisode().toFixed(4));
returns.slice("5:").fill(0);
returns.iadd(0.01);

console.log("first episode kept:", firstReturns.slice(":4").tolist(), "head still:", head.sum().toFixed(4));
console.log("raw first rewards:", rawFirst.tolist());
console.log("second returns:", returns.tolist());
console.log("mean episode total:", meanTotal().toFixed(4));
