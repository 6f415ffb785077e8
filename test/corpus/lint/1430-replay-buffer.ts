// An experience replay buffer kept in closure state, with uniform sampling and a reward-normalisation helper for a toy agent.
import { zeros, array, NDArray } from "ndalias";

const createReplay = (capacity: number, obsDim: number) => {
  const observations = zeros([capacity, obsDim]);
  const rewards = zeros(capacity);
  const done = zeros(capacity, "uint8");
  let cursor = 0;
  let filled = 0;

  const add = (obs: NDArray, reward: number, terminal: boolean) => {
    observations.assign(cursor, obs);
    rewards.set(cursor, reward);
    done.set(cursor, terminal ? 1 : 0);
    cursor = (cursor + 1) % capacity;
    filled = Math.min(filled + 1, capacity);
  };

  // deterministic "random" indices so that runs are reproducible
  let seed = 7;
  const nextIndex = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % Math.max(filled, 1);
  };

  const sample = (n: number) => {
    const idx = Array.from({ length: n }, nextIndex);
    return { obs: observations.take(idx), rewards: rewards.take(idx), idx };
  };

  // rewards centred on their running mean, for the critic's targets
  const normalizedRewards = () => {
    const live = rewards;
    const mu = live.slice(`0:${filled}`).mean();
    live.isub(mu); // expect: no-alias-mutation
    return (live.tolist() as number[]).slice(0, filled);
  };

  const clear = () => {
    observations.fill(0);
    rewards.fill(0);
    done.fill(0);
    cursor = 0;
    filled = 0;
  };

  return {
    add,
    sample,
    normalizedRewards,
    clear,
    get size() {
      return filled;
    },
    meanReward: () => (filled ? rewards.slice(`0:${filled}`).mean() : 0),
    terminals: () => done.slice(`0:${filled}`).sum(),
  };
};

const replay = createReplay(32, 3);

const env = (() => {
  const state = array([0, 0, 0]);
  return {
    reset: () => state.copy(),
    step: (t: number) => {
      const next = state.add(array([Math.sin(t), Math.cos(t), t / 10]));
      const reward = -Math.abs(next.get(0));
      return { obs: next, reward, terminal: t % 9 === 8 };
    },
  };
})();

let obs = env.reset();
for (let t = 0; t < 20; t++) {
  const { obs: nextObs, reward, terminal } = env.step(t);
  replay.add(obs, reward, terminal);
  obs = terminal ? env.reset() : nextObs;
}
console.log("stored:", replay.size, "terminals:", replay.terminals(), "mean reward:", replay.meanReward().toFixed(3));

const batch = replay.sample(4);
batch.obs.imul(0.5);
batch.rewards.iadd(1);
console.log("batch idx:", batch.idx.join(","), "scaled obs:", batch.obs.tolist(), "shifted rewards:", batch.rewards.tolist());

const targets = replay.normalizedRewards();
console.log("normalised targets:", targets.map((r) => r.toFixed(2)).join(" "));

replay.clear();
console.log("after clear:", replay.size, replay.meanReward());

export default createReplay;
