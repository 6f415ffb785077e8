// EKF localisation of a differential-drive robot against known landmarks using range-bearing measurements.
import { array, eye, zeros, NDArray } from "ndalias";

function matMul(a: NDArray, b: NDArray): NDArray {
  const out = zeros([a.shape[0], b.shape[1]]);
  for (let i = 0; i < a.shape[0]; i++) {
    for (let j = 0; j < b.shape[1]; j++) {
      let s = 0;
      for (let t = 0; t < a.shape[1]; t++) s += a.get(i, t) * b.get(t, j);
      out.set([i, j], s);
    }
  }
  return out;
}

function inv2(m: NDArray): NDArray {
  const det = m.get(0, 0) * m.get(1, 1) - m.get(0, 1) * m.get(1, 0);
  return array([
    [m.get(1, 1), -m.get(0, 1)],
    [-m.get(1, 0), m.get(0, 0)],
  ]).div(det);
}

const wrap = (a: number): number => Math.atan2(Math.sin(a), Math.cos(a));

function motionJacobian(pose: NDArray, v: number, dt: number): NDArray {
  const th = pose.get(2);
  return array([
    [1, 0, -v * Math.sin(th) * dt],
    [0, 1, v * Math.cos(th) * dt],
    [0, 0, 1],
  ]);
}

function expectedMeasurement(pose: NDArray, landmark: NDArray): NDArray {
  const dx = landmark.get(0) - pose.get(0);
  const dy = landmark.get(1) - pose.get(1);
  return array([Math.hypot(dx, dy), wrap(Math.atan2(dy, dx) - pose.get(2))]);
}

class PoseEkf {
  x: NDArray;
  P: NDArray;
  readonly Q: NDArray;
  readonly R: NDArray;

  constructor(initial: number[]) {
    this.x = array(initial);
    this.P = eye(3).mul(0.05);
    this.Q = eye(3).mul(0.002);
    this.R = array([[0.01, 0], [0, 0.0025]]);
  }

  predict(v: number, omega: number, dt: number): number {
    const F = motionJacobian(this.x, v, dt);
    const th = this.x.get(2);
    this.x.iadd(array([v * Math.cos(th) * dt, v * Math.sin(th) * dt, omega * dt]));
    this.x.set(2, wrap(this.x.get(2)));
    let P: NDArray = this.P;
    P = matMul(matMul(F, P), F.T).add(this.Q);
    P.imul(1.01);
    const trace = P.get(0, 0) + P.get(1, 1) + P.get(2, 2);
    this.P = P;
    return trace;
  }

  update(z: NDArray, landmark: NDArray): number {
    const priorPose = this.x.copy();
    const dx = landmark.get(0) - this.x.get(0);
    const dy = landmark.get(1) - this.x.get(1);
    const q = dx * dx + dy * dy;
    const r = Math.sqrt(q);
    const H = array([
      [-dx / r, -dy / r, 0],
      [dy / q, -dx / q, -1],
    ]);
    const innovation = z.sub(expectedMeasurement(this.x, landmark));
    innovation.set(1, wrap(innovation.get(1)));
    const S = matMul(matMul(H, this.P), H.T).add(this.R);
    const K = matMul(matMul(this.P, H.T), inv2(S));
    const dxVec = matMul(K, innovation.reshape(2, 1)).flatten();
    this.x.iadd(dxVec);
    this.x.set(2, wrap(this.x.get(2)));
    this.P = matMul(eye(3).sub(matMul(K, H)), this.P);
    return Math.hypot(this.x.get(0) - priorPose.get(0), this.x.get(1) - priorPose.get(1));
  }
}

const landmarks = array([
  [4, 0],
  [4, 4],
  [0, 4],
]);
const ekf = new PoseEkf([0, 0, 0]);
const odometry = [
  [0.5, 0.1],
  [0.5, 0.1],
  [0.5, 0.2],
  [0.4, 0.2],
];
const readings = [
  [3.02, 0.05, 0],
  [3.96, 0.76, 1],
  [3.35, 1.2, 2],
  [2.8, -0.3, 0],
];

for (let k = 0; k < odometry.length; k++) {
  const trace = ekf.predict(odometry[k][0], odometry[k][1], 0.5);
  const [range, bearing, id] = readings[k];
  const shift = ekf.update(array([range, bearing]), landmarks.slice(id));
  console.log(`step ${k}: pose ${JSON.stringify(ekf.x.tolist())} trace ${trace.toFixed(4)} shift ${shift.toFixed(4)}`);
}
console.log("final covariance:", ekf.P.tolist());
