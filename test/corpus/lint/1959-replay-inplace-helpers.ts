// Ring-buffer replay memory with in-place helpers that overwrite, rescale and clear transitions, used by an n-step Q-learning loop.
import { zeros, array, NDArray } from "ndalias";

const CAPACITY = 6;
const OBS_DIM = 2;

interface Transition {
  obs: NDArray;
  action: number;
  reward: number;
}

/** Overwrites row `slot` of `obsTable` with `obs`. */
function writeSlot(obsTable: NDArray, slot: number, obs: NDArray): void {
  obsTable.slice(slot).assign("...", obs);
}

/** Rescales every observation to unit maximum, in place. */
function rescaleRows(obsTable: NDArray): void {
  for (let i = 0; i < obsTable.shape[0]; i++) {
    const row = obsTable.slice(i);
    const peak = Math.max(row.max(), -row.min());
    if (peak > 0) row.idiv(peak);
  }
}

/** Zeroes the reward vector and marks all slots free. */
function clearRewards(rewards: NDArray, free: NDArray): void {
  rewards.fill(0);
  free.fill(1);
}

class Memory {
  obs = zeros([CAPACITY, OBS_DIM]);
  rewards = zeros(CAPACITY);
  free = zeros(CAPACITY);
  next = 0;

  add(t: Transition): void {
    writeSlot(this.obs, this.next, t.obs);
    this.rewards.set(this.next, t.reward);
    this.free.set(this.next, 0);
    this.next = (this.next + 1) % CAPACITY;
  }

  recycle(): void {
    clearRewards(this.rewards, this.free);
    this.obs.fill(0);
    this.next = 0;
  }

  discountedSum(gamma: number): number {
    let g = 0;
    for (let i = CAPACITY - 1; i >= 0; i--) g = this.rewards.get(i) + gamma * g;
    return g;
  }
}

const incoming: Transition[] = [
  { obs: array([3, -1]), action: 0, reward: 0 },
  { obs: array([2, 4]), action: 1, reward: 1 },
  { obs: array([-6, 2]), action: 1, reward: 0 },
  { obs: array([1, 1]), action: 0, reward: 1 },
];

// Observations arrive in pixel units; convert each one to [-1, 1] before storing it.
incoming.forEach((t) => t.obs.idiv(10));

const memory = new Memory();
for (const t of incoming) memory.add(t);
rescaleRows(memory.obs);
console.log("stored observations:", memory.obs.tolist());
console.log("discounted reward sum:", memory.discountedSum(0.9).toFixed(4));

// Q-table update with the stored transitions.
const q = zeros([CAPACITY, 2]);
for (let i = 0; i < incoming.length; i++) {
  const a = incoming[i].action;
  const target = memory.rewards.get(i) + 0.9 * (i + 1 < incoming.length ? q.slice(i + 1).max() : 0);
  q.set([i, a], q.get(i, a) + 0.5 * (target - q.get(i, a)));
}
console.log("Q:", q.tolist());

// Clear the terminal row of the Q-table and recycle the memory for the next epoch.
q.slice(incoming.length - 1).fill(0);
memory.recycle();
console.log("after recycle:", memory.rewards.tolist(), memory.free.tolist(), "next slot:", memory.next);
console.log("incoming observations:", incoming.map((t) => t.obs.tolist()));
