// Constant-velocity Kalman tracker: the driver post-processes the estimate handle the filter hands out, and a residual helper rewrites the measurement it is given.
// runnable
import { array, eye, NDArray } from "ndalias";

class KalmanFilter1D {
  private x: NDArray; // [position, velocity]
  private p: NDArray; // 2x2 covariance
  private readonly q: NDArray;
  private readonly r: number;
  private steps = 0;

  constructor(pos0: number, vel0: number, processNoise = 0.01, measNoise = 0.5) {
    this.x = array([pos0, vel0]);
    this.p = eye(2).mul(10);
    this.q = eye(2).mul(processNoise);
    this.r = measNoise;
  }

  predict(dt: number): number {
    const pos = this.x.get(0) + dt * this.x.get(1);
    this.x.set(0, pos);
    const p00 = this.p.get(0, 0) + dt * (this.p.get(1, 0) + this.p.get(0, 1)) + dt * dt * this.p.get(1, 1);
    const p01 = this.p.get(0, 1) + dt * this.p.get(1, 1);
    this.p.set([0, 0], p00);
    this.p.set([0, 1], p01);
    this.p.set([1, 0], p01);
    this.p.iadd(this.q);
    this.steps++;
    return pos;
  }

  update(measuredPos: number): number {
    const innovation = measuredPos - this.x.get(0);
    const s = this.p.get(0, 0) + this.r;
    const k0 = this.p.get(0, 0) / s;
    const k1 = this.p.get(1, 0) / s;
    this.x.iadd(array([k0 * innovation, k1 * innovation]));
    const row0 = this.p.slice(0).copy();
    this.p.isub(array([[k0 * row0.get(0), k0 * row0.get(1)], [k1 * row0.get(0), k1 * row0.get(1)]]));
    return innovation;
  }

  estimate(): NDArray {
    return this.x;
  }

  covariance(): NDArray {
    return this.p.copy();
  }

  get stepCount(): number {
    return this.steps;
  }
}

function residual(z: NDArray, predicted: NDArray): NDArray {
  z.isub(predicted); // expect: no-alias-mutation
  return z;
}

const kf = new KalmanFilter1D(0, 1);
const measurements = array([1.1, 1.9, 3.2, 3.9]);
for (let i = 0; i < 4; i++) {
  kf.predict(1);
  kf.update(measurements.get(i));
}

const cov = kf.covariance();
cov.imul(100);
console.log("covariance x100:", cov.tolist());

const est = kf.estimate();
est.isub(array([4, 1])); // expect: no-alias-mutation
console.log("error vs reference track:", est.tolist());

kf.predict(1);
console.log("next position:", kf.estimate().get(0).toFixed(3), "after", kf.stepCount, "steps");

const obs = array([5.2, 1.0]);
const res = residual(obs, kf.estimate());
console.log("residual:", res.tolist(), "raw observation:", obs.tolist());
