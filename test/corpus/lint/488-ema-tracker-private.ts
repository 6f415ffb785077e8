// Exponential moving average tracker with a private history matrix: snapshots are copies and the history is mutated only through its own field.
import { array, zeros, NDArray } from "ndalias";

class EmaTracker {
  static #alpha: number;
  static {
    const fromEnv = Number(process.env.EMA_ALPHA);
    EmaTracker.#alpha = Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 0.2;
  }

  #hist: NDArray;
  #row = 0;

  constructor(rows: number, cols: number) {
    this.#hist = zeros([rows, cols]);
  }

  get rows(): number {
    return this.#hist.shape[0];
  }

  update(obs: NDArray): void {
    const a = EmaTracker.#alpha;
    const prev = this.#row === 0 ? obs : this.#hist.slice((this.#row - 1) % this.rows);
    const next = prev.mul(1 - a).add(obs.mul(a));
    this.#hist.assign(`${this.#row % this.rows}, :`, next);
    this.#row++;
  }

  snapshot(scale = 1): NDArray {
    const snap = this.#hist.copy();
    snap.imul(scale);
    return snap;
  }

  latest(): NDArray {
    return this.#hist.slice((this.#row - 1) % this.rows).copy();
  }

  decay(k: number): number {
    this.#hist.imul(k);
    return this.#hist.sum();
  }

  reset(): void {
    this.#hist.fill(0);
    this.#row = 0;
  }
}

const tracker = new EmaTracker(4, 3);
const observations = [array([1, 2, 3]), array([2, 2, 2]), array([4, 0, 1])];
for (const obs of observations) tracker.update(obs);

const pct = tracker.snapshot(100);
const last = tracker.latest();
last.iadd(1);
console.log("history in %:", pct.tolist());
console.log("latest + 1:", last.tolist());
console.log("total after decay:", tracker.decay(0.5).toFixed(3));
console.log("first observation untouched:", observations[0].tolist());
tracker.reset();
