// Constant-velocity Kalman filter that tracks a 1-D position from noisy measurements and reports its uncertainty.
import { array, eye, zeros, NDArray } from "ndalias";

class KalmanTracker {
  state: NDArray; // [position, velocity]
  cov: NDArray; // 2x2 covariance
  private readonly processNoise: NDArray;
  private readonly measurementVar: number;
  private readonly innovations: NDArray;
  private steps = 0;

  constructor(
    readonly dt: number,
    q: number,
    r: number,
    capacity: number,
  ) {
    this.state = zeros(2);
    this.cov = eye(2).mul(10);
    this.processNoise = array([
      [dt ** 4 / 4, dt ** 3 / 2],
      [dt ** 3 / 2, dt ** 2],
    ]).mul(q);
    this.measurementVar = r;
    this.innovations = zeros(capacity);
  }

  /** Propagates the state one step and returns how much it moved. */
  predict(): NDArray {
    const before = this.state.copy();
    const velocity = this.state.slice("1:");
    const speed = Math.abs(velocity.sum());
    this.state.set(0, this.state.get(0) + this.dt * this.state.get(1));

    // P <- F P F^T + Q, written out for F = [[1, dt], [0, 1]].
    const p = this.cov.copy();
    const p00 = p.get(0, 0) + this.dt * (p.get(1, 0) + p.get(0, 1)) + this.dt ** 2 * p.get(1, 1);
    const p01 = p.get(0, 1) + this.dt * p.get(1, 1);
    this.cov.assign(0, array([p00, p01]));
    this.cov.set([1, 0], p01);
    this.cov.iadd(this.processNoise);
    if (speed > 50) {
      this.cov.imul(1.5);
    }
    return this.state.sub(before);
  }

  /** Folds in one position measurement and returns the innovation. */
  update(z: number): number {
    const variances = this.cov.diagonal();
    const totalVariance = variances.sum();
    const s = this.cov.get(0, 0) + this.measurementVar;
    const gain = this.cov.slice(":", 0).div(s);
    const innovation = z - this.state.get(0);

    this.state.iadd(gain.mul(innovation));
    // P <- (I - K H) P with H = [1, 0]
    const firstRow = this.cov.slice(0).copy();
    const correction = array([
      [gain.get(0) * firstRow.get(0), gain.get(0) * firstRow.get(1)],
      [gain.get(1) * firstRow.get(0), gain.get(1) * firstRow.get(1)],
    ]);
    this.cov.isub(correction);

    if (this.steps < this.innovations.size) {
      this.innovations.set(this.steps, innovation);
    }
    this.steps++;
    return totalVariance > 1e6 ? NaN : innovation;
  }

  positionStd(): number {
    return Math.sqrt(this.cov.get(0, 0));
  }

  innovationRms(): number {
    const used = this.innovations.slice(`:${Math.max(1, this.steps)}`);
    const sq = used.mul(used);
    return Math.sqrt(sq.mean());
  }

  reset(): void {
    this.state.fill(0);
    this.cov.assign(":", eye(2).mul(10));
    this.innovations.fill(0);
    this.steps = 0;
  }
}

const truth = [0, 1.1, 2.0, 2.9, 4.2, 5.0, 6.1, 6.8, 8.1, 9.0];
const noise = [0.3, -0.2, 0.1, 0.4, -0.5, 0.2, -0.1, 0.3, -0.3, 0.1];
const tracker = new KalmanTracker(1.0, 0.01, 0.25, truth.length);

const moves: number[] = [];
const estimates = zeros(truth.length);
for (let k = 0; k < truth.length; k++) {
  const delta = tracker.predict();
  moves.push(Number(delta.get(0).toFixed(3)));
  tracker.update(truth[k] + noise[k]);
  estimates.set(k, tracker.state.get(0));
}

const errors = estimates.sub(array(truth));
errors.imul(errors);
console.log("estimates:", (estimates.tolist() as number[]).map((v) => Number(v.toFixed(2))));
console.log("predicted moves:", moves);
console.log("rms error:", Math.sqrt(errors.mean()).toFixed(3), "position std:", tracker.positionStd().toFixed(3));
console.log("innovation rms:", tracker.innovationRms().toFixed(3), "final state:", tracker.state.tolist());
tracker.reset();
console.log("after reset:", tracker.state.tolist(), tracker.cov.tolist());
