// Constant-velocity Kalman tracker for noisy range readings: predict, gate, correct, clamp velocity and score the track against truth.
// runnable
import { array, zeros, NDArray } from "ndalias";

const MEASUREMENT_NOISE = 0.25;

class Tracker {
  state: NDArray; // position, velocity
  cov: NDArray; // 2x2 covariance
  rejected = 0;

  constructor(readonly id: number, position: number, readonly drift: number) {
    this.state = array([position, 0]);
    this.cov = array([[1, 0], [0, 1]]);
  }

  predict(dt: number): void {
    const p = this.state.get(0);
    const v = this.state.get(1);
    this.state.set(0, p + v * dt);
    const p00 = this.cov.get(0, 0) + dt * (this.cov.get(1, 0) + this.cov.get(0, 1)) + dt * dt * this.cov.get(1, 1);
    const p01 = this.cov.get(0, 1) + dt * this.cov.get(1, 1);
    this.cov.set([0, 0], p00);
    this.cov.set([0, 1], p01);
    this.cov.set([1, 0], p01);
    this.cov.copy().imul(1 + this.drift); // expect: no-lost-write
  }

  update(z: number): boolean {
    const residual = z - this.state.get(0);
    const s = this.cov.get(0, 0) + MEASUREMENT_NOISE;
    if (Math.abs(residual) > 3 * Math.sqrt(s)) {
      this.rejected++;
      return false;
    }
    const gain = array([this.cov.get(0, 0) / s, this.cov.get(1, 0) / s]);
    const correction = gain.mul(residual);
    this.state.iadd(correction);
    const shrink = zeros([2, 2]);
    shrink.set([0, 0], gain.get(0) * this.cov.get(0, 0));
    shrink.set([0, 1], gain.get(0) * this.cov.get(0, 1));
    shrink.set([1, 0], gain.get(1) * this.cov.get(0, 0));
    shrink.set([1, 1], gain.get(1) * this.cov.get(0, 1));
    this.cov.isub(shrink);
    return true;
  }

  clampVelocity(limit: number): void {
    const clipped = this.state.flatten();
    const v = this.state.get(1);
    clipped.set(1, Math.max(-limit, Math.min(limit, v))); // expect: no-lost-write
  }
}

function rmsError(track: NDArray, truth: NDArray): number {
  const err = track;
  err.isub(truth); // expect: no-alias-mutation
  return Math.sqrt(err.mul(err).mean());
}

function maxError(track: NDArray, truth: NDArray): number {
  const err = track.sub(truth);
  for (let i = 0; i < err.size; i++) err.set(i, Math.abs(err.get(i)));
  return err.max();
}

const readings = [0.1, 1.2, 1.9, 3.2, 9.5, 5.1, 5.8, 7.2];
const truth = array([0, 1, 2, 3, 4, 5, 6, 7]);
const tracker = new Tracker(7, 0, 0.05);
const track = zeros(readings.length);

for (let k = 0; k < readings.length; k++) {
  if (k > 0) tracker.predict(1);
  tracker.update(readings[k]);
  tracker.clampVelocity(1.5);
  track.set(k, tracker.state.get(0));
}

console.log("final state:", tracker.state.tolist(), "rejected:", tracker.rejected);
console.log("covariance:", tracker.cov.tolist());
console.log("max error:", maxError(track, truth).toFixed(3));
console.log("rms error:", rmsError(track, truth).toFixed(3));
console.log("track:", track.tolist());
