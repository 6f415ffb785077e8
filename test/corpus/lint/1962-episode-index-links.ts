// Records episodes for prioritised replay: trajectories are chained forward only, metadata nodes are doubly linked, and a table lists the reward arrays.
import { array, empty, zeros, NDArray } from "ndalias";

class Trajectory {
  next: Trajectory | null = null;
  returns: NDArray;

  constructor(readonly id: number, public rewards: NDArray, public prevId: number) {
    this.returns = zeros(rewards.size);
  }
}

/** Episode bookkeeping without array data, kept in a doubly linked LRU list. */
class EpisodeMeta {
  prev: EpisodeMeta | null = null;
  next: EpisodeMeta | null = null;
  constructor(readonly id: number, public priority: number) {}
}

function chainTrajectories(rewardLists: number[][]): Trajectory {
  const head = new Trajectory(0, array(rewardLists[0]), -1);
  let tail = head;
  for (let i = 1; i < rewardLists.length; i++) {
    const t = new Trajectory(i, array(rewardLists[i]), tail.id);
    tail.next = t;
    tail = t;
  }
  return head;
}

function fillReturns(t: Trajectory, gamma: number): void {
  let g = 0;
  for (let k = t.rewards.size - 1; k >= 0; k--) {
    g = t.rewards.get(k) + gamma * g;
    t.returns.set(k, g);
  }
}

function buildLru(head: Trajectory): EpisodeMeta {
  const sentinel = new EpisodeMeta(-1, 0);
  let last = sentinel;
  for (let t: Trajectory | null = head; t !== null; t = t.next) {
    const node = new EpisodeMeta(t.id, t.returns.get(0));
    last.next = node;
    node.prev = last;
    last = node;
  }
  last.next = sentinel;
  sentinel.prev = last;
  return sentinel;
}

const head = chainTrajectories([
  [0, 1, 0],
  [1, 1],
  [0, 0, 0, 2],
  [3],
]);

let count = 0;
for (let t: Trajectory | null = head; t !== null; t = t.next) {
  fillReturns(t, 0.9);
  count += 1;
}

// Object-dtype table of each trajectory's reward array, for batched sampling.
const rewardTable = empty(count, "object");
let i = 0;
for (let t: Trajectory | null = head; t !== null; t = t.next) {
  rewardTable.set(i, t.rewards);
  i += 1;
}

// Priorities from the first-step return of each episode.
const lru = buildLru(head);
const priorities = zeros(count);
let j = 0;
for (let n = lru.next; n !== null && n !== lru; n = n.next) {
  priorities.set(j, Math.abs(n.priority) + 0.01);
  j += 1;
}
const probs = priorities.div(priorities.sum());

for (let k = 0; k < count; k++) {
  const r = rewardTable.get(k) as NDArray;
  console.log(`episode ${k}: total reward ${r.sum()}, sampling probability ${probs.get(k).toFixed(3)}`);
}

let walk: Trajectory | null = head;
while (walk !== null) {
  console.log(`trajectory ${walk.id} follows ${walk.prevId}, G0 = ${walk.returns.get(0).toFixed(3)}`);
  walk = walk.next;
}
