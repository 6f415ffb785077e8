// Constant-velocity tracker with private state: predict() advances the state in place, a getter hands out copies, update() reports how far the estimate moved, and applyImpulse() edits the velocity.
// runnable
import { array, NDArray } from "ndalias";

class Tracker {
  static readonly DT = 0.5;
  static readonly ORIGIN = array([0, 0]);
  #state: NDArray;
  #gain = 0.4;
  #residuals: number[] = [];

  constructor(pos?: number, vel?: number) {
    this.#state = pos === undefined ? Tracker.ORIGIN.copy() : array([pos, vel ?? 0]);
  }

  get state(): NDArray {
    return this.#state.copy();
  }
  get gain(): number {
    return this.#gain;
  }
  set gain(g: number) {
    this.#gain = Math.min(1, Math.max(0, g));
  }

  predict(): number {
    this.#state.set(0, this.#state.get(0) + Tracker.DT * this.#state.get(1));
    return this.#state.get(0);
  }

  update(measured: number): number {
    const estimate = this.#state;
    const innovation = measured - estimate.get(0);
    const k = this.#gain * innovation;
    estimate.iadd(array([k, k / Tracker.DT])); // expect: no-alias-mutation
    const moved = Math.abs(estimate.get(0) - this.#state.get(0));
    this.#residuals.push(measured - estimate.get(0));
    this.#state = estimate;
    return moved;
  }

  applyImpulse(dv: number): void {
    const vel = this.#state.take([1]);
    vel.iadd(dv); // expect: no-lost-write
  }

  reset(): void {
    this.#state = Tracker.ORIGIN.copy();
    this.#residuals = [];
  }

  get rms(): number {
    const r = this.#residuals;
    return Math.sqrt(r.reduce((acc, x) => acc + x * x, 0) / Math.max(r.length, 1));
  }
}

const tracker = new Tracker(0, 1);
const moves: string[] = [];
for (const z of [0.6, 1.1, 1.4, 2.2, 2.4]) {
  tracker.predict();
  moves.push(tracker.update(z).toFixed(3));
}
console.log("estimate moved by:", moves.join(" "), "rms residual:", tracker.rms.toFixed(3));

tracker.applyImpulse(0.5);
tracker.gain = 3;
const snap = tracker.state;
snap.imul(10);
console.log("state x10:", snap.tolist(), "state:", tracker.state.tolist(), "gain:", tracker.gain);

tracker.reset();
tracker.predict();
console.log("after reset:", tracker.state.tolist(), "origin:", Tracker.ORIGIN.tolist());
