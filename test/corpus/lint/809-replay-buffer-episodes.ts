// An experience replay buffer for a small agent: rolls out episodes, picks some with find() and at(), and builds training targets.
import { zeros, NDArray } from "ndalias";

interface Episode {
  id: number;
  states: NDArray;
  rewards: NDArray;
}

function rollout(id: number, steps: number): Episode {
  const states = zeros([steps, 3]);
  const rewards = zeros(steps);
  for (let t = 0; t < steps; t++) {
    states.set([t, 0], Math.cos(0.7 * t + id));
    states.set([t, 1], Math.sin(0.3 * t * id));
    states.set([t, 2], t / steps);
    rewards.set(t, t === steps - 1 ? 1 + (id % 3) : 0.1 * Math.sin(t + id));
  }
  return { id, states, rewards };
}

function discountedReturns(rewards: NDArray, gamma: number): NDArray {
  const out = rewards.copy();
  for (let t = out.size - 2; t >= 0; t--) {
    out.set(t, out.get(t) + gamma * out.get(t + 1));
  }
  return out;
}

function stateMoments(episodes: Episode[]): { mean: NDArray; std: NDArray } {
  // [running sum, running sum of squares]: two separate buffers in one literal
  const moments = [zeros(3), zeros(3)];
  let count = 0;
  for (const ep of episodes) {
    for (let t = 0; t < ep.states.shape[0]; t++) {
      const s = ep.states.slice(t);
      moments[0].iadd(s);
      moments[1].iadd(s.mul(s));
      count++;
    }
  }
  const mean = moments[0].div(count);
  const variance = moments[1].div(count).sub(mean.mul(mean));
  const std = zeros(3);
  for (let j = 0; j < 3; j++) std.set(j, Math.sqrt(Math.max(variance.get(j), 1e-12)));
  return { mean, std };
}

function paddedRewardTotal(episodes: Episode[], width: number): number {
  const scratch: NDArray[] = [];
  for (let k = 1; k <= 3; k++) scratch.push(zeros(width * k));
  const longest = Math.max(...episodes.map((e) => e.rewards.size));
  const pad = scratch.find((buf) => buf.size >= longest);
  if (!pad) throw new Error(`no scratch buffer holds ${longest} steps`);
  let total = 0;
  for (const ep of episodes) {
    pad.fill(0);
    pad.assign(`:${ep.rewards.size}`, ep.rewards);
    total += pad.sum();
  }
  return total;
}

const buffer: Episode[] = [];
for (let i = 0; i < 6; i++) buffer.push(rollout(i, 4 + (i % 3)));

const latest = buffer.at(-1);
const firstSuccess = buffer.find((ep) => ep.rewards.max() >= 3);
if (latest && firstSuccess) {
  // reward shaping is applied to a copy; the stored episode stays as recorded
  const shaped = latest.rewards.copy();
  shaped.slice(":-1").iadd(0.05);
  const targets = discountedReturns(shaped, 0.9);
  console.log(`episode ${latest.id} raw return:`, latest.rewards.sum().toFixed(3));
  console.log(`episode ${latest.id} shaped targets:`, (targets.tolist() as number[]).map((v) => v.toFixed(3)).join(" "));
  console.log(`first success: episode ${firstSuccess.id}, return`, discountedReturns(firstSuccess.rewards, 0.9).get(0).toFixed(3));
}

const { mean, std } = stateMoments(buffer);
console.log("state mean:", (mean.tolist() as number[]).map((v) => v.toFixed(3)).join(" "));
console.log("state std:", (std.tolist() as number[]).map((v) => v.toFixed(3)).join(" "));

const normalizedFirst = buffer[0].states.sub(mean);
for (let t = 0; t < normalizedFirst.shape[0]; t++) {
  for (let j = 0; j < 3; j++) normalizedFirst.set([t, j], normalizedFirst.get(t, j) / std.get(j));
}
console.log("normalised first episode:", normalizedFirst.slice(0).tolist());
console.log("padded reward total:", paddedRewardTotal(buffer, 4).toFixed(3));
console.log("buffer totals:", buffer.map((ep) => ep.rewards.sum().toFixed(2)).join(", "));
