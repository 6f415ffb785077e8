// Constant-velocity Kalman tracker for a 1-D position sensor, with offset calibration, coasting and a track summary.
import { array, zeros, eye, NDArray } from "ndalias";

function dampVelocity(state: NDArray, factor: number): void {
  state.set(1, state.get(1) * factor);
}

function clampCovariance(cov: NDArray, ceiling: number): void {
  for (let i = 0; i < cov.size; i++) {
    const v = cov.data[i] as number;
    if (v > ceiling) cov.data[i] = ceiling;
  }
}

class KalmanTracker {
  private state: NDArray;
  private cov: NDArray;
  private readonly q: NDArray;
  private readonly history: NDArray[] = [];

  constructor(
    initialPosition: number,
    private readonly r: number,
    processNoise = 0.01,
  ) {
    this.state = array([initialPosition, 0]);
    this.cov = eye(2);
    this.q = eye(2).mul(processNoise);
  }

  predict(dt: number): NDArray {
    const pos = this.state.get(0);
    const vel = this.state.get(1);
    this.state.set(0, pos + vel * dt);
    const p00 = this.cov.get(0, 0) + dt * (this.cov.get(1, 0) + this.cov.get(0, 1)) + dt * dt * this.cov.get(1, 1);
    const p01 = this.cov.get(0, 1) + dt * this.cov.get(1, 1);
    const next = array([
      [p00, p01],
      [p01, this.cov.get(1, 1)],
    ]);
    this.cov = next.add(this.q);
    return this.state.copy();
  }

  update(z: number): number {
    const innovation = z - this.state.get(0);
    const s = this.cov.get(0, 0) + this.r;
    const k0 = this.cov.get(0, 0) / s;
    const k1 = this.cov.get(1, 0) / s;
    this.state.set(0, this.state.get(0) + k0 * innovation);
    this.state.set(1, this.state.get(1) + k1 * innovation);
    const updated = this.cov.copy();
    updated.set([0, 0], (1 - k0) * this.cov.get(0, 0));
    updated.set([0, 1], (1 - k0) * this.cov.get(0, 1));
    updated.set([1, 0], this.cov.get(1, 0) - k1 * this.cov.get(0, 0));
    updated.set([1, 1], this.cov.get(1, 1) - k1 * this.cov.get(0, 1));
    if (updated.get(0, 0) < 0 || updated.get(1, 1) < 0) {
      throw new Error(`covariance lost positive variance: ${JSON.stringify(updated.tolist())}`);
    }
    this.cov = updated;
    this.history.push(this.state.copy());
    return innovation;
  }

  coast(steps: number, dt: number): NDArray {
    for (let i = 0; i < steps; i++) {
      this.predict(dt);
      dampVelocity(this.state, 0.9);
    }
    clampCovariance(this.cov, 5);
    return this.state.copy();
  }

  uncertainty(): number {
    return Math.sqrt(this.cov.get(0, 0));
  }

  track(): NDArray {
    const out = zeros([this.history.length, 2]);
    this.history.forEach((s, i) => {
      out.set([i, 0], s.get(0));
      out.set([i, 1], s.get(1));
    });
    return out;
  }
}

const sensorOffset = 0.35;
const measurements = array([0.4, 1.5, 2.3, 3.6, 4.4, 5.7, 6.3, 7.6]);
const rawPeak = measurements.max();
const rawView = measurements;
console.log("raw measurements:", rawView.tolist(), "peak:", rawPeak);
measurements.isub(sensorOffset);

const calibrated = measurements;
const tracker = new KalmanTracker(calibrated.get(0), 0.25);
const innovations = zeros(calibrated.size);
for (let i = 0; i < calibrated.size; i++) {
  tracker.predict(1);
  innovations.set(i, tracker.update(calibrated.get(i)));
}
innovations.imul(innovations);
console.log("mean squared innovation:", innovations.mean().toFixed(4));

const predicted = tracker.predict(1);
predicted.set(1, 0);
console.log("next position (velocity ignored):", predicted.tolist(), "uncertainty:", tracker.uncertainty().toFixed(4));

const coasted = tracker.coast(3, 1);
coasted.isub(predicted);
console.log("drift while coasting:", coasted.tolist(), "uncertainty:", tracker.uncertainty().toFixed(4));

let smoothed = tracker.track();
smoothed = smoothed.slice(":", 0).copy();
smoothed.isub(calibrated);
console.log("track minus measurements:", smoothed.tolist(), "calibrated mean:", calibrated.mean().toFixed(3));
