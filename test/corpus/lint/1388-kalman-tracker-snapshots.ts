// Constant-velocity Kalman tracker whose methods update their own fields in place; snapshots and the estimate handed out are copies.
import { array, eye, NDArray } from "ndalias";

interface TrackerSnapshot {
  readonly x: NDArray;
  readonly P: NDArray;
  readonly t: number;
}

class Tracker {
  private x: NDArray = array([0, 0]);
  private P: NDArray = eye(2).mul(100);
  private t = 0;
  private readonly undo: TrackerSnapshot[] = [];

  constructor(
    private readonly q: number,
    private readonly r: number,
  ) {}

  snapshot(): TrackerSnapshot {
    return { x: this.x.copy(), P: this.P.copy(), t: this.t };
  }

  restore(s: TrackerSnapshot): void {
    this.x = s.x.copy();
    this.P = s.P.copy();
    this.t = s.t;
  }

  predict(dt: number): number {
    this.undo.push(this.snapshot());
    this.x.set(0, this.x.get(0) + dt * this.x.get(1));
    const p00 = this.P.get(0, 0) + dt * (this.P.get(1, 0) + this.P.get(0, 1)) + dt * dt * this.P.get(1, 1);
    const p01 = this.P.get(0, 1) + dt * this.P.get(1, 1);
    this.P.set([0, 0], p00 + this.q * dt);
    this.P.set([0, 1], p01);
    this.P.set([1, 0], p01);
    this.P.set([1, 1], this.P.get(1, 1) + this.q * dt);
    this.t += dt;
    return this.x.get(0);
  }

  update(z: number): number {
    const innovation = z - this.x.get(0);
    const s = this.P.get(0, 0) + this.r;
    const k = array([this.P.get(0, 0) / s, this.P.get(1, 0) / s]);
    this.x.iadd(k.mul(innovation));
    const correction = array([
      [k.get(0) * this.P.get(0, 0), k.get(0) * this.P.get(0, 1)],
      [k.get(1) * this.P.get(0, 0), k.get(1) * this.P.get(0, 1)],
    ]);
    this.P.isub(correction);
    return innovation;
  }

  rejectLast(): boolean {
    const previous = this.undo.pop();
    if (previous === undefined) return false;
    this.restore(previous);
    return true;
  }

  resetVelocity(): number {
    const old = this.x.get(1);
    this.x.slice("1:").fill(0);
    this.P.slice(1).fill(0);
    this.P.slice(":", 1).fill(0);
    this.P.set([1, 1], 10);
    return old;
  }

  estimate(): NDArray {
    return this.x.copy();
  }

  uncertainty(): number {
    return Math.sqrt(this.P.get(0, 0));
  }
}

const tracker = new Tracker(0.05, 4);
const measurements = [1.1, 2.0, 2.9, 30.0, 5.2, 6.1, 6.8];
const innovations: number[] = [];

for (const z of measurements) {
  tracker.predict(1);
  const innovation = tracker.update(z);
  if (Math.abs(innovation) > 10) {
    tracker.rejectLast();
    console.log(`rejected outlier ${z}`);
    continue;
  }
  innovations.push(innovation);
}

const beforeReset = tracker.snapshot();
const estimate = tracker.estimate();
estimate.set(0, Math.round(estimate.get(0) * 10) / 10);
console.log("estimate (rounded):", estimate.tolist(), "sigma:", tracker.uncertainty().toFixed(3));

const oldVelocity = tracker.resetVelocity();
console.log("velocity reset from", oldVelocity.toFixed(3), "state now:", tracker.estimate().tolist());
console.log("snapshot before reset:", beforeReset.x.tolist(), "t =", beforeReset.t);
console.log("mean innovation:", (innovations.reduce((a, b) => a + b, 0) / innovations.length).toFixed(3));
