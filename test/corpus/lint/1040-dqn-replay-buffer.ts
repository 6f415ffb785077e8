// A DQN agent: ring-buffer experience replay, an online Q-network trained by gradient steps and a periodically synced target copy.
import { array, zeros, NDArray } from "ndalias";

class ReplayBuffer {
  #obs: NDArray;
  #rewards: NDArray;
  #head = 0;
  #count = 0;

  constructor(
    readonly capacity: number,
    readonly obsDim: number,
  ) {
    this.#obs = zeros([capacity, obsDim]);
    this.#rewards = zeros(capacity);
  }

  get size(): number {
    return this.#count;
  }

  push(obs: NDArray, reward: number): this {
    this.#obs.assign(this.#head, obs);
    this.#rewards.set(this.#head, reward);
    this.#head = (this.#head + 1) % this.capacity;
    this.#count = Math.min(this.#count + 1, this.capacity);
    return this;
  }

  sampleObs(indices: number[]): NDArray {
    const obs = this.#obs.take(indices, 0);
    obs.imul(0.1);
    return obs;
  }

  sampleRewards(indices: number[]): NDArray {
    return this.#rewards.take(indices);
  }

  normalizedRewards(): NDArray {
    const r = this.#rewards.slice(`:${this.#count}`).copy();
    r.isub(r.mean());
    return r;
  }
}

class QNetwork {
  weights: NDArray;

  constructor(weights: NDArray) {
    this.weights = weights;
  }

  static init(obsDim: number, actions: number): QNetwork {
    const w = zeros([obsDim, actions]);
    w.fill(0.01);
    return new QNetwork(w);
  }

  clone(): QNetwork {
    return new QNetwork(this.weights.copy());
  }

  syncFrom(online: QNetwork): void {
    this.weights.assign(":", online.weights);
  }

  q(obs: NDArray): NDArray {
    const [n, d] = obs.shape;
    const actions = this.weights.shape[1];
    const out = zeros([n, actions]);
    for (let i = 0; i < n; i++) {
      for (let a = 0; a < actions; a++) {
        let s = 0;
        for (let k = 0; k < d; k++) s += obs.get(i, k) * this.weights.get(k, a);
        out.set([i, a], s);
      }
    }
    return out;
  }
}

class Agent {
  readonly online: QNetwork;
  readonly target: QNetwork;

  constructor(
    readonly buffer: ReplayBuffer,
    actions: number,
    private readonly gamma = 0.9,
  ) {
    this.online = QNetwork.init(buffer.obsDim, actions);
    this.target = this.online.clone();
  }

  learn(indices: number[], lr: number): number {
    const obs = this.buffer.sampleObs(indices);
    const rewards = this.buffer.sampleRewards(indices);
    const qOnline = this.online.q(obs);
    const qTarget = this.target.q(obs);
    const grad = zeros(this.online.weights.shape);
    let loss = 0;
    for (let i = 0; i < indices.length; i++) {
      const tdTarget = rewards.get(i) + this.gamma * qTarget.max();
      const err = qOnline.get(i, 0) - tdTarget;
      loss += err * err;
      for (let k = 0; k < obs.shape[1]; k++) grad.set([k, 0], grad.get(k, 0) + err * obs.get(i, k));
    }
    this.online.weights.isub(grad.mul(lr / indices.length));
    return loss / indices.length;
  }
}

const agents = [new Agent(new ReplayBuffer(8, 3), 2), new Agent(new ReplayBuffer(8, 3), 2)];
for (const agent of agents) {
  for (let t = 0; t < 6; t++) agent.buffer.push(array([t, t % 2, 1]), t % 3 === 0 ? 1 : 0);
}

for (let step = 1; step <= 4; step++) {
  const losses = agents.map((a) => a.learn([0, 2, 4, 5], 0.05));
  agents.forEach((a) => a.online.weights.imul(0.999));
  if (step % 2 === 0) agents.forEach((a) => a.target.syncFrom(a.online));
  console.log(`step ${step}: losses ${losses.map((l) => l.toFixed(4)).join(", ")}`);
}

console.log("online:", agents[0].online.weights.tolist());
console.log("target:", agents[0].target.weights.tolist());
console.log("normalised rewards:", agents[0].buffer.normalizedRewards().tolist());
