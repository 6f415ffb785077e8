// Tracks rolling sums of feature vectors in a class that hands out copies through getters and keeps a static template, then prints a report.
import { array, zeros, NDArray } from "ndalias";

class RollingStats {
  static readonly TEMPLATE = zeros(3);
  #sums: NDArray;
  #count = 0;

  constructor(initial: NDArray) {
    this.#sums = initial.copy();
  }

  get count(): number {
    return this.#count;
  }

  get mean(): NDArray {
    return this.#sums.div(Math.max(this.#count, 1));
  }

  get snapshot(): NDArray {
    return this.#sums.copy();
  }

  push(x: NDArray): number {
    this.#sums.iadd(x);
    this.#count++;
    return this.#count;
  }

  reset(): void {
    this.#sums.fill(0);
    this.#count = 0;
  }
}

const seed = array([1, 2, 3]);
const stats = new RollingStats(seed);
stats.push(array([0.5, 0.5, 0.5]));
stats.push(array([1.5, -0.5, 0.0]));

const snap = stats.snapshot;
snap.imul(10);
console.log("scaled snapshot:", snap.tolist(), "mean:", stats.mean.tolist());
console.log("seed:", seed.tolist());

const row = RollingStats.TEMPLATE.copy();
row.fill(1);
console.log("template row:", row.tolist(), "template mass:", RollingStats.TEMPLATE.sum());

RollingStats.TEMPLATE.fill(0.5);
console.log("template now:", RollingStats.TEMPLATE.tolist());

stats.reset();
console.log("after reset:", stats.count, stats.snapshot.tolist());
