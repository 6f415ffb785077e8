// Fixed-size pose ring buffer for a visual-odometry front end: pushes poses, evicts the oldest, and serves copies to planners.
import { array, zeros, NDArray } from "ndalias";

class PoseRing {
  #buf: NDArray;
  #stamps: Float64Array;
  #head = 0;
  #size = 0;

  constructor(capacity: number) {
    this.#buf = zeros([capacity, 3]);
    this.#stamps = new Float64Array(capacity);
  }

  get capacity(): number {
    return this.#buf.shape[0];
  }

  get size(): number {
    return this.#size;
  }

  /** Copy of the most recent pose; callers may modify it freely. */
  get latest(): NDArray {
    const idx = (this.#head + this.capacity - 1) % this.capacity;
    return this.#buf.slice(idx).copy();
  }

  /** Pushes a pose and returns the distance travelled since the evicted pose. */
  push(pose: NDArray, stamp: number): number {
    let travelled = 0;
    if (this.#size === this.capacity) {
      const dx = pose.get(0) - this.#buf.get(this.#head, 0);
      const dy = pose.get(1) - this.#buf.get(this.#head, 1);
      travelled = Math.hypot(dx, dy);
    }
    this.#buf.slice(this.#head).assign(":", pose);
    this.#stamps[this.#head] = stamp;
    this.#head = (this.#head + 1) % this.capacity;
    this.#size = Math.min(this.#size + 1, this.capacity);
    return travelled;
  }

  /** Ordered copy, oldest first. */
  toArray(): NDArray {
    const out = zeros([this.#size, 3]);
    const start = this.#size === this.capacity ? this.#head : 0;
    for (let k = 0; k < this.#size; k++) {
      out.slice(k).assign(":", this.#buf.slice((start + k) % this.capacity));
    }
    return out;
  }

  /** Applies a rigid shift to every stored pose (after a relocalisation). */
  shiftAll(dx: number, dy: number): number {
    this.#buf.slice(":", 0).iadd(dx);
    this.#buf.slice(":", 1).iadd(dy);
    return this.#size;
  }

  /** Rescales stored positions in place when the map scale is re-estimated. */
  rescale(factor: number): void {
    this.#buf.slice(":", ":2").imul(factor);
  }

  meanHeading(): number {
    if (this.#size === 0) return 0;
    let s = 0;
    let c = 0;
    for (let k = 0; k < this.#size; k++) {
      s += Math.sin(this.#buf.get(k, 2));
      c += Math.cos(this.#buf.get(k, 2));
    }
    return Math.atan2(s, c);
  }

  clear(): void {
    this.#buf.fill(0);
    this.#stamps.fill(0);
    this.#head = 0;
    this.#size = 0;
  }
}

const ring = new PoseRing(4);
const walk = [[0, 0, 0], [0.5, 0.1, 0.1], [1.0, 0.25, 0.15], [1.4, 0.5, 0.3], [1.8, 0.8, 0.4], [2.1, 1.2, 0.6]];
walk.forEach((p, i) => {
  const travelled = ring.push(array(p), i * 0.2);
  if (travelled > 0) console.log(`pose ${i}: ${travelled.toFixed(3)} m since the evicted pose`);
});

// The planner projects the latest pose forward on its own copy.
const lookahead = ring.latest;
lookahead.set(0, lookahead.get(0) + 0.5 * Math.cos(lookahead.get(2)));
lookahead.set(1, lookahead.get(1) + 0.5 * Math.sin(lookahead.get(2)));
console.log("lookahead target:", lookahead.tolist());

console.log("relocalised poses:", ring.shiftAll(-0.1, 0.05));
ring.rescale(1.02);
const ordered = ring.toArray();
console.log("buffer (oldest first):", ordered.tolist());
console.log("mean heading:", ring.meanHeading().toFixed(3), "latest:", ring.latest.tolist());
ring.clear();
console.log("after clear:", ring.size, "of", ring.capacity);
