// Sliding-window smoother over a ring of preallocated sample slots: overwrites the oldest slot, keeps evicted samples as copies, and tiles a summary grid.
import { array, zeros, NDArray } from "ndalias";

class SampleRing {
  private readonly slots: NDArray[] = [];
  private head = 0;
  private filled = 0;

  constructor(readonly capacity: number, readonly width: number) {
    for (let i = 0; i < capacity; i++) this.slots.push(zeros(width));
  }

  /** Overwrites the oldest slot and returns a copy of what it held, or null while the ring fills. */
  overwrite(sample: NDArray): NDArray | null {
    const evicted = this.filled === this.capacity ? this.slots[this.head].copy() : null;
    this.slots[this.head].assign(":", sample);
    this.head = (this.head + 1) % this.capacity;
    this.filled = Math.min(this.filled + 1, this.capacity);
    return evicted;
  }

  oldestTotal(): number {
    const oldest = this.slots[this.filled === this.capacity ? this.head : 0];
    return oldest.sum();
  }

  mean(): NDArray {
    const acc = zeros(this.width);
    for (let i = 0; i < this.filled; i++) acc.iadd(this.slots[i]);
    acc.idiv(Math.max(this.filled, 1));
    return acc;
  }

  rescale(factor: number): number {
    for (let i = 0; i < this.slots.length; i++) {
      this.slots[i].imul(factor);
    }
    return this.filled;
  }
}

const ring = new SampleRing(3, 4);
const retired: NDArray[] = [];
const stream: number[][] = [
  [1, 2, 3, 4],
  [2, 3, 4, 5],
  [4, 4, 4, 4],
  [0, 1, 0, 1],
  [3, 3, 2, 2],
];

for (const row of stream) {
  const before = ring.oldestTotal();
  const evicted = ring.overwrite(array(row));
  if (evicted !== null) {
    evicted.imul(0.5);
    retired.push(evicted);
    console.log(`evicted total ${before} -> halved ${evicted.sum()}`);
  }
}

let smoothed = ring.mean();
console.log("window mean:", smoothed.tolist());
smoothed = smoothed.sub(smoothed.mean());
smoothed.imul(2);
console.log("centred x2:", smoothed.tolist());

console.log("slots rescaled:", ring.rescale(0.1), "new mean:", ring.mean().tolist());

const grid: NDArray[][] = [
  [zeros(2), zeros(2)],
  [zeros(2), zeros(2)],
];
for (let r = 0; r < 2; r++) {
  for (let c = 0; c < 2; c++) {
    grid[r][c].fill(r * 2 + c);
    grid[r][c].iadd(retired.length > r + c ? retired[r + c].slice("0:2") : zeros(2));
  }
}
for (let r = 0; r < 2; r++) {
  console.log(`grid row ${r}:`, grid[r].map((cell) => cell.tolist()));
}

let cursor: NDArray = grid[0][0];
console.log("first cell total:", cursor.sum());
cursor = zeros(2);
cursor.fill(-1);
console.log("scratch cell:", cursor.tolist(), "grid corner untouched:", grid[0][0].tolist());

const archiveTotals = retired.map((r) => r.sum());
console.log("retired samples:", retired.length, "totals:", archiveTotals.join(", "));
