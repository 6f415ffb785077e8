// Constant-velocity Kalman tracker for a mobile robot's position along a rail, fed with noisy range-finder fixes.
// runnable
import { array, eye, zeros, NDArray } from "ndalias";

function matMul(a: NDArray, b: NDArray): NDArray {
  const n = a.shape[0];
  const k = a.shape[1];
  const m = b.shape[1];
  const out = zeros([n, m]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let t = 0; t < k; t++) s += a.get(i, t) * b.get(t, j);
      out.set([i, j], s);
    }
  }
  return out;
}

function matVec(a: NDArray, v: NDArray): NDArray {
  const n = a.shape[0];
  const k = a.shape[1];
  const out = zeros(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let t = 0; t < k; t++) s += a.get(i, t) * v.get(t);
    out.set(i, s);
  }
  return out;
}

class CvKalman {
  x: NDArray;
  P: NDArray;
  readonly F: NDArray;
  readonly Q: NDArray;
  readonly r: number;

  constructor(dt: number, processNoise: number, measurementNoise: number) {
    this.x = zeros(2);
    this.P = eye(2).mul(10);
    this.F = array([[1, dt], [0, 1]]);
    const dt2 = dt * dt;
    this.Q = array([
      [(dt2 * dt2) / 4, (dt2 * dt) / 2],
      [(dt2 * dt) / 2, dt2],
    ]).mul(processNoise);
    this.r = measurementNoise;
  }

  predict(): void {
    this.x = matVec(this.F, this.x);
    this.P = matMul(matMul(this.F, this.P), this.F.T).add(this.Q);
  }

  gate(z: number, sigmas: number): boolean {
    const s = this.P.get(0, 0) + this.r;
    return Math.abs(z - this.x.get(0)) <= sigmas * Math.sqrt(s);
  }

  // Position-only measurement, H = [1, 0]; returns how far the update moved the estimate.
  update(z: number): number {
    const prior = this.x;
    const innovation = z - this.x.get(0);
    const s = this.P.get(0, 0) + this.r;
    const gain = array([this.P.get(0, 0) / s, this.P.get(1, 0) / s]);
    this.x.iadd(gain.mul(innovation)); // expect: no-alias-mutation

    const p00 = this.P.get(0, 0);
    const p01 = this.P.get(0, 1);
    const correction = array([
      [gain.get(0) * p00, gain.get(0) * p01],
      [gain.get(1) * p00, gain.get(1) * p01],
    ]);
    this.P = this.P.sub(correction);
    return Math.hypot(this.x.get(0) - prior.get(0), this.x.get(1) - prior.get(1));
  }

  positionSigma(): number {
    return Math.sqrt(this.P.get(0, 0));
  }
}

const dt = 0.1;
const fixes = [0.02, 0.13, 0.19, 0.33, 0.41, 5.0, 0.58, 0.71, 0.79, 0.92];
const kf = new CvKalman(dt, 0.5, 0.04);
const track = zeros([fixes.length, 2]);
const corrections = zeros(fixes.length);
let rejected = 0;

for (let k = 0; k < fixes.length; k++) {
  kf.predict();
  const z = fixes[k];
  if (k > 2 && !kf.gate(z, 3)) {
    rejected++;
  } else {
    corrections.set(k, kf.update(z));
  }
  track.assign(k, kf.x);
}

const lastEstimate = kf.x.copy();
kf.predict();
const lookahead = kf.x;

console.log("track (position, velocity):", track.tolist());
console.log("update corrections:", corrections.tolist());
console.log("rejected fixes:", rejected, "final sigma:", kf.positionSigma().toFixed(4));
console.log("last estimate:", lastEstimate.tolist(), "one step ahead:", lookahead.tolist());
