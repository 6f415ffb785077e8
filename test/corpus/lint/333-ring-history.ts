// A fixed-capacity ring history of frame rows with decay, a snapshot summary taken before reset, and separate per-segment totals.
import { zeros, array, NDArray } from "ndalias";

type Snapshot = { readonly mean: number; readonly latest: number[]; readonly filled: number };

export class RingHistory {
  private readonly buf: NDArray;
  private cursor = 0;

  private constructor(readonly capacity: number, readonly width: number) {
    this.buf = zeros([capacity, width]);
  }

  static withCapacity(capacity: number, width: number): RingHistory {
    if (capacity < 1) throw new RangeError(`capacity must be positive, got ${capacity}`);
    return new RingHistory(capacity, width);
  }

  push(row: NDArray): this {
    this.buf.assign(`${this.cursor % this.capacity}`, row);
    this.cursor += 1;
    return this;
  }

  decay(factor: number): number {
    this.buf.imul(factor);
    return this.buf.sum();
  }

  snapshotAndReset(): Snapshot {
    const filled = Math.min(this.cursor, this.capacity);
    const latest = this.buf.slice((this.cursor - 1 + this.capacity) % this.capacity);
    const snap: Snapshot = {
      mean: this.buf.slice(`:${filled}`).mean(),
      latest: latest.tolist() as number[],
      filled,
    };
    this.buf.fill(0);
    this.cursor = 0;
    return snap;
  }
}

const SEGMENTS = ["retail", "wholesale"] as const;
type Segment = (typeof SEGMENTS)[number];

const history = RingHistory.withCapacity(3, 2);
const retailTotal = zeros(2);
const wholesaleTotal = zeros(2);
const incoming: [Segment, number[]][] = [
  ["retail", [5, 1]],
  ["wholesale", [40, 6]],
  ["retail", [7, 2]],
  ["retail", [6, 1]],
];

for (const [segment, values] of incoming) {
  const row = array(values);
  history.push(row);
  if (segment === "retail") retailTotal.iadd(row);
  else wholesaleTotal.iadd(row);
}

console.log("after decay:", history.decay(0.9));
const snap = history.snapshotAndReset();
console.log("snapshot:", snap, "after reset:", history.decay(1));
console.log("retail:", retailTotal.tolist(), "wholesale:", wholesaleTotal.tolist());
