// Tabular-feature DQN: an online Q-network with a target network that is synced from copies of the online weights.
import { array, zeros, NDArray } from "ndalias";

class QNetwork {
  weights: NDArray;
  bias: NDArray;
  target: QNetwork | null = null;
  updates = 0;

  constructor(weights: NDArray, bias: NDArray) {
    this.weights = weights.copy();
    this.bias = bias.copy();
  }

  clone(): QNetwork {
    return new QNetwork(this.weights, this.bias);
  }

  q(state: NDArray): NDArray {
    const actions = this.weights.shape[0];
    const out = zeros(actions);
    for (let a = 0; a < actions; a++) {
      out.set(a, this.weights.slice(a).mul(state).sum() + this.bias.get(a));
    }
    return out;
  }

  greedy(state: NDArray): number {
    const values = this.q(state);
    let best = 0;
    for (let a = 1; a < values.size; a++) {
      if (values.get(a) > values.get(best)) best = a;
    }
    return best;
  }

  tdTarget(reward: number, nextState: NDArray, gamma: number, done: boolean): number {
    if (done) return reward;
    const evaluator = this.target ?? this;
    return reward + gamma * evaluator.q(nextState).max();
  }

  learn(state: NDArray, action: number, target: number, lr: number): number {
    const error = target - this.q(state).get(action);
    this.weights.slice(action).iadd(state.mul(lr * error));
    this.bias.set(action, this.bias.get(action) + lr * error);
    this.updates += 1;
    return error;
  }

  /** Copies the online weights into a fresh target network. */
  syncTarget(): void {
    this.target = this.clone();
  }

  /** Hard reset after a divergence: the target follows the online network until the next sync. */
  resetTarget(): void {
    this.target = this; // expect: no-reference-cycle
  }
}

interface Transition {
  state: NDArray;
  action: number;
  reward: number;
  next: NDArray;
  done: boolean;
}

const episode: Transition[] = [
  { state: array([1, 0, 0]), action: 1, reward: 0, next: array([0, 1, 0]), done: false },
  { state: array([0, 1, 0]), action: 1, reward: 0, next: array([0, 0, 1]), done: false },
  { state: array([0, 0, 1]), action: 0, reward: 1, next: array([0, 0, 0]), done: true },
];

const online = new QNetwork(zeros([2, 3]), zeros(2));
online.syncTarget();

for (let epoch = 0; epoch < 30; epoch++) {
  let totalError = 0;
  for (const t of episode) {
    const y = online.tdTarget(t.reward, t.next, 0.9, t.done);
    totalError += Math.abs(online.learn(t.state, t.action, y, 0.2));
  }
  if (epoch % 10 === 9) {
    online.syncTarget();
    console.log(`epoch ${epoch + 1}: |td error| = ${totalError.toFixed(4)}`);
  }
  if (!Number.isFinite(totalError)) {
    online.resetTarget();
  }
}

for (const t of episode) {
  console.log("state", t.state.tolist(), "Q", online.q(t.state).tolist(), "greedy", online.greedy(t.state));
}
console.log("updates:", online.updates, "target greedy at start:", online.target?.greedy(episode[0].state));
