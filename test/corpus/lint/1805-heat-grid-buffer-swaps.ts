// Double-buffered 1-D heat diffusion with private front/back grids: each step writes the back grid and swaps, plus normalised profiles and cooling.
import { array, ones, zeros, NDArray } from "ndalias";

class HeatGrid {
  #front: NDArray;
  #back: NDArray;
  #alpha: number;
  #steps = 0;

  constructor(cells: number, alpha: number) {
    if (alpha > 0.5) {
      throw new RangeError(`alpha ${alpha} is unstable; use at most 0.5`);
    }
    this.#front = zeros(cells);
    this.#back = zeros(cells);
    this.#alpha = alpha;
  }

  get steps(): number {
    return this.#steps;
  }

  get total(): number {
    return this.#front.sum();
  }

  get peak(): number {
    return this.#front.max();
  }

  heat(cell: number, temperature: number): void {
    this.#front.set(cell, temperature);
  }

  step(): void {
    const cur = this.#front;
    const n = cur.size;
    for (let i = 1; i < n - 1; i++) {
      const lap = cur.get(i - 1) - 2 * cur.get(i) + cur.get(i + 1);
      this.#back.set(i, cur.get(i) + this.#alpha * lap);
    }
    this.#back.set(0, cur.get(0));
    this.#back.set(n - 1, cur.get(n - 1));
    [this.#front, this.#back] = [this.#back, this.#front];
    this.#steps += 1;
  }

  cool(factor: number): void {
    this.#front = this.#front.mul(factor);
  }

  normalisedProfile(): NDArray {
    let profile = this.#front;
    profile = profile.sub(profile.min());
    profile.idiv(Math.max(profile.max(), 1e-12));
    return profile;
  }

  snapshot(): NDArray {
    const copy = this.#front.copy();
    copy.slice("0").fill(0);
    return copy;
  }
}

function runSimulation(grid: HeatGrid, steps: number): number[] {
  const totals: number[] = [];
  for (let s = 0; s < steps; s++) {
    grid.step();
    totals.push(grid.total);
  }
  return totals;
}

const grid = new HeatGrid(9, 0.25);
grid.heat(4, 100);
grid.heat(0, 20);
const totals = runSimulation(grid, 6);
console.log("totals:", totals.map((t) => t.toFixed(2)).join(" "));
console.log("peak after", grid.steps, "steps:", grid.peak.toFixed(3));
console.log("profile:", grid.normalisedProfile().tolist());
console.log("snapshot (left boundary cleared):", grid.snapshot().tolist());

grid.cool(0.5);
console.log("after cooling: total", grid.total.toFixed(2));

let previous = zeros(5);
let current = ones(5);
for (let k = 0; k < 3; k++) {
  [previous, current] = [current, previous];
  current.assign(":", previous.mul(2).add(k));
}
console.log("ping-pong:", previous.tolist(), current.tolist());

const weights = array([0.1, 0.2, 0.4, 0.2, 0.1]);
let smoothed = weights;
smoothed = smoothed.add(weights.flip()).div(2);
smoothed.imul(10);
console.log("weights:", weights.tolist(), "smoothed x10:", smoothed.tolist());
