// Game replay recorder: keeps a linked timeline of snapshots so the viewer can step forwards and backwards through a match.
import { array, zeros, NDArray } from "ndalias";

class Snapshot {
  readonly tick: number;
  readonly positions: NDArray;
  readonly scores: NDArray;
  next: Snapshot | null = null;
  prev: Snapshot | null = null;

  constructor(tick: number, positions: NDArray, scores: NDArray) {
    this.tick = tick;
    this.positions = positions;
    this.scores = scores;
  }
}

class ReplayTimeline {
  head: Snapshot | null = null;
  tail: Snapshot | null = null;
  length = 0;

  append(tick: number, positions: NDArray, scores: NDArray): Snapshot {
    const snap = new Snapshot(tick, positions.copy(), scores.copy());
    const last = this.tail;
    if (last === null) {
      this.head = snap;
    } else {
      last.next = snap;
      snap.prev = last; // expect: no-reference-cycle
    }
    this.tail = snap;
    this.length++;
    return snap;
  }

  find(tick: number): Snapshot | null {
    let node = this.head;
    while (node !== null && node.tick < tick) node = node.next;
    return node;
  }

  scoreSwing(fromTick: number, toTick: number): number {
    const a = this.find(fromTick);
    const b = this.find(toTick);
    if (a === null || b === null) return 0;
    return b.scores.sub(a.scores).max();
  }
}

const players = 2;
const positions = zeros([players, 2]);
const velocity = array([[1, 0.5], [-0.5, 1]]);
const scores = zeros(players);
const timeline = new ReplayTimeline();

for (let tick = 0; tick < 5; tick++) {
  positions.iadd(velocity);
  if (tick % 2 === 1) scores.set(tick % players, scores.get(tick % players) + 1);
  timeline.append(tick, positions, scores);
}

let cursor = timeline.tail;
while (cursor !== null) {
  console.log(`tick ${cursor.tick}:`, cursor.positions.tolist(), "scores", cursor.scores.tolist());
  cursor = cursor.prev;
}
console.log("score swing 0 -> 4:", timeline.scoreSwing(0, 4), "frames:", timeline.length);
