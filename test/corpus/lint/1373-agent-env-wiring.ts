// Wires a DQN-style agent to its environment, target network and replay memory; everything points one way, so nothing refers back to itself.
import { empty, zeros, arange, NDArray } from "ndalias";

class QNetwork {
  params: NDArray;
  source: QNetwork | null = null;

  constructor(size: number) {
    this.params = zeros(size);
  }

  syncFromSource(): void {
    if (this.source) this.params.assign(":", this.source.params);
  }

  value(obs: NDArray): number {
    return obs.mul(this.params).sum();
  }
}

class Environment {
  state: NDArray;
  private t = 0;

  constructor(dim: number) {
    this.state = arange(0, dim).div(dim);
  }

  step(action: number): number {
    this.t++;
    this.state.iadd(action === 1 ? 0.1 : -0.1);
    return this.state.mean() > 0.5 ? 1 : 0;
  }

  observe(): NDArray {
    return this.state.copy();
  }
}

class ReplayMemory {
  readonly slots: NDArray;
  private cursor = 0;

  constructor(capacity: number) {
    this.slots = empty(capacity, "object");
  }

  push(obs: NDArray): void {
    this.slots.set(this.cursor % this.slots.size, obs);
    this.cursor++;
  }

  size(): number {
    return Math.min(this.cursor, this.slots.size);
  }
}

class Agent {
  env: Environment | null = null;
  online: QNetwork;
  target: QNetwork;
  best: NDArray;
  memory: ReplayMemory;

  constructor(dim: number, capacity: number) {
    this.online = new QNetwork(dim);
    this.target = new QNetwork(dim);
    this.target.source = this.online;
    this.best = this.online.params.copy();
    this.memory = new ReplayMemory(capacity);
  }

  connect(env: Environment): void {
    this.env = env;
  }

  act(): number {
    if (!this.env) return 0;
    const obs = this.env.observe();
    this.memory.push(obs);
    const action = this.online.value(obs) >= this.target.value(obs) ? 1 : 0;
    this.online.params.iadd(obs.mul(0.01));
    return this.env.step(action);
  }
}

function buildAgent(dim: number): Agent {
  const agent = new Agent(dim, 4);
  const env = new Environment(dim);
  agent.connect(env);
  const shadow = new QNetwork(dim);
  shadow.source = agent.target;
  agent.target.syncFromSource();
  return agent;
}

const agent = buildAgent(3);
let reward = 0;
for (let t = 0; t < 6; t++) {
  reward += agent.act();
  if (t % 3 === 2) agent.target.syncFromSource();
}
agent.best = agent.online.params.copy();

const bundle = empty(3, "object");
bundle.set(0, agent.online.params);
bundle.set(1, agent.target.params);
bundle.set(2, agent.memory.slots);
console.log("reward:", reward, "replay size:", agent.memory.size(), "bundle:", bundle.size);
console.log("online:", agent.online.params.tolist(), "best:", agent.best.tolist());
