// Experience replay for a toy RL agent: a bounded Queue<T> of transitions copied on insert, and discounted returns.
import { array, zeros, full, NDArray } from "ndalias";

class Queue<T> {
  private items: T[] = [];
  constructor(private readonly capacity: number) {}

  enqueue(item: T): T | undefined {
    this.items.push(item);
    return this.items.length > this.capacity ? this.items.shift() : undefined;
  }

  drain(count: number): T[] {
    return this.items.splice(0, Math.min(count, this.items.length));
  }

  peekAll(): readonly T[] {
    return this.items;
  }

  get length(): number {
    return this.items.length;
  }
}

interface Transition {
  state: NDArray;
  action: number;
  reward: number;
  next: NDArray;
}

class ReplayBuffer {
  private readonly queue: Queue<Transition>;
  private evicted = 0;

  private constructor(capacity: number) {
    this.queue = new Queue<Transition>(capacity);
  }

  static withCapacity(capacity: number): ReplayBuffer {
    return new ReplayBuffer(capacity);
  }

  record(state: NDArray, action: number, reward: number, next: NDArray): void {
    const dropped = this.queue.enqueue({ state: state.copy(), action, reward, next: next.copy() });
    if (dropped !== undefined) this.evicted++;
  }

  meanState(): NDArray {
    const all = this.queue.peekAll();
    const acc = zeros(all.length > 0 ? all[0].state.size : 0);
    for (const t of all) acc.iadd(t.state);
    if (all.length > 0) acc.idiv(all.length);
    return acc;
  }

  rewards(): NDArray {
    return array(this.queue.peekAll().map((t) => t.reward));
  }

  take(count: number): Transition[] {
    return this.queue.drain(count);
  }

  get stats(): { size: number; evicted: number } {
    return { size: this.queue.length, evicted: this.evicted };
  }
}

function discountedReturn(rewards: NDArray, gammas: NDArray = full(rewards.size, 0.9)): number {
  let total = 0;
  let factor = 1;
  for (let i = 0; i < rewards.size; i++) {
    total += factor * rewards.get(i);
    factor *= gammas.get(i);
  }
  return total;
}

function noise(t: number, size: number): NDArray {
  const n = zeros(size);
  for (let i = 0; i < size; i++) n.set(i, Math.sin(t * 1.7 + i) * 0.1);
  return n;
}

function reward(state: NDArray): number {
  return -Math.abs(state.get(1)) + 0.1 * state.get(0);
}

const buffer = ReplayBuffer.withCapacity(5);
let state = zeros(4);
for (let t = 0; t < 7; t++) {
  const next = state.add(noise(t, 4));
  next.set(0, t);
  buffer.record(state, t % 2, reward(next), next);
  state = next;
}
state.imul(0.5);
console.log("halved final state:", state.tolist());
console.log("buffer stats:", buffer.stats);

const mean = buffer.meanState();
mean.isub(mean.mean());
console.log("centred mean state:", mean.tolist());

const rewards = buffer.rewards();
console.log("discounted (default gamma):", discountedReturn(rewards).toFixed(4));
console.log("discounted (custom gamma):", discountedReturn(rewards, array([1, 0.5, 0.5, 0.5, 0.5])).toFixed(4));

const batch = buffer.take(2);
for (const transition of batch) {
  const target = transition.next.copy();
  target.imul(0.99);
  target.iadd(transition.reward);
  console.log(`action ${transition.action}: target`, target.tolist(), "next", transition.next.tolist());
}
console.log("remaining after sampling:", buffer.stats.size, "mean reward left:", buffer.rewards().mean().toFixed(4));

let policy = array([0.25, 0.25, 0.25, 0.25]);
const uniform = policy;
policy = policy.mul(array([1.2, 0.8, 1.0, 1.0]));
policy.idiv(policy.sum());
console.log("updated policy:", policy.tolist(), "uniform baseline:", uniform.tolist());
