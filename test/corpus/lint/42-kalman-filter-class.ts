// One-dimensional constant-velocity Kalman filter tracking a position from noisy measurements.
import { array, zeros } from "ndalias";

class Kalman {
  x = zeros(2);
  p = array([[1, 0], [0, 1]]);
  constructor(readonly q: number, readonly r: number) {}
  predict(dt: number): number {
    this.x.set(0, this.x.get(0) + dt * this.x.get(1));
    const p00 = this.p.get(0, 0) + dt * (this.p.get(1, 0) + this.p.get(0, 1)) + dt * dt * this.p.get(1, 1) + this.q;
    const p01 = this.p.get(0, 1) + dt * this.p.get(1, 1);
    this.p.set([0, 0], p00).set([0, 1], p01).set([1, 0], p01);
    this.p.set([1, 1], this.p.get(1, 1) + this.q);
    return this.x.get(0);
  }
  update(z: number): number {
    const s = this.p.get(0, 0) + this.r;
    const k0 = this.p.get(0, 0) / s;
    const k1 = this.p.get(1, 0) / s;
    const innovation = z - this.x.get(0);
    this.x.iadd(array([k0, k1]).mul(innovation));
    const p00 = this.p.get(0, 0);
    const p01 = this.p.get(0, 1);
    this.p.slice(0).isub(array([k0 * p00, k0 * p01]));
    this.p.slice(1).isub(array([k1 * p00, k1 * p01]));
    return innovation;
  }
}

const kf = new Kalman(0.01, 0.5);
for (const z of [0.1, 1.2, 1.9, 3.2, 4.1]) {
  kf.predict(1);
  console.log("innovation:", kf.update(z).toFixed(3));
}
console.log("state:", kf.x.tolist(), "covariance:", kf.p.tolist());
