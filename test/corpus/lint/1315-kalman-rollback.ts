// A constant-velocity Kalman tracker that snapshots its state before each update and rolls back when a measurement fails the gate.
// runnable
import { array, eye, zeros, NDArray } from "ndalias";

class LinearModel {
  protected readonly transition: NDArray;
  protected readonly processNoise: number;

  constructor(dt: number, processNoise: number) {
    this.transition = array([[1, dt], [0, 1]]);
    this.processNoise = processNoise;
  }

  protected propagate(state: NDArray): NDArray {
    const next = zeros(2);
    for (let i = 0; i < 2; i++) {
      let acc = 0;
      for (let j = 0; j < 2; j++) acc += this.transition.get(i, j) * state.get(j);
      next.set(i, acc);
    }
    return next;
  }
}

interface Snapshot {
  state: NDArray;
  covariance: NDArray;
}

class KalmanTracker extends LinearModel {
  static readonly GATE = 3.0;
  static instances = 0;

  private state: NDArray;
  private covariance: NDArray;
  private saved: Snapshot | null = null;
  private rejected = 0;
  private lastShift = 0;

  constructor(initial: NDArray, dt: number) {
    super(dt, 0.05);
    this.state = initial.copy();
    this.covariance = eye(2);
    KalmanTracker.instances++;
  }

  get position(): number {
    return this.state.get(0);
  }

  get velocity(): number {
    return this.state.get(1);
  }

  get rejections(): number {
    return this.rejected;
  }

  snapshot(): void {
    this.saved = { state: this.state.copy(), covariance: this.covariance.copy() };
  }

  rollback(): void {
    if (this.saved === null) return;
    this.state = this.saved.state;
    this.covariance = this.saved.covariance;
    this.saved = null;
    this.rejected++;
  }

  predict(): void {
    this.state = this.propagate(this.state);
    this.covariance.iadd(this.processNoise);
  }

  update(measured: number, noise: number): boolean {
    const variance = this.covariance.get(0, 0) + noise;
    const residual = measured - this.state.get(0);
    if (Math.abs(residual) / Math.sqrt(variance) > KalmanTracker.GATE) {
      return false;
    }
    const gain = this.covariance.slice(":", 0).div(variance);
    const corrected = this.state;
    corrected.iadd(gain.mul(residual)); // expect: no-alias-mutation
    const shift = corrected.sub(this.state);
    this.lastShift = Math.abs(shift.get(0)) + Math.abs(shift.get(1));
    this.state = corrected;
    this.covariance.imul(1 - gain.get(0));
    return true;
  }

  describe(): string {
    return `pos=${this.position.toFixed(3)} vel=${this.velocity.toFixed(3)} shift=${this.lastShift.toFixed(3)}`;
  }
}

function trackSeries(series: number[], noise: number): KalmanTracker {
  const tracker = new KalmanTracker(array([0, 1]), 1.0);
  for (const z of series) {
    tracker.snapshot();
    tracker.predict();
    if (!tracker.update(z, noise)) {
      tracker.rollback();
      console.log(`measurement ${z} rejected`);
      continue;
    }
    console.log(`measurement ${z}: ${tracker.describe()}`);
  }
  return tracker;
}

const measurements = [1.1, 2.05, 9.5, 3.9, 5.2, 5.8];
const tracker = trackSeries(measurements, 0.5);
console.log("final position:", tracker.position, "velocity:", tracker.velocity);
console.log("rejected measurements:", tracker.rejections, "trackers:", KalmanTracker.instances);
