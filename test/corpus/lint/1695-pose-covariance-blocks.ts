// Covariance bookkeeping for a 2-D pose EKF: inflates the position block, resets heading variance, keeps the matrix symmetric and reports it.
import { array, eye, zeros, NDArray } from "ndalias";

class PoseCovariance {
  P: NDArray;

  constructor(sigmaPosition: number, sigmaHeading: number) {
    this.P = zeros([3, 3]);
    this.P.set([0, 0], sigmaPosition ** 2);
    this.P.set([1, 1], sigmaPosition ** 2);
    this.P.set([2, 2], sigmaHeading ** 2);
  }

  inflatePosition(factor: number): void {
    this.P.slice(":2", ":2").imul(factor);
  }

  resetHeading(variance: number): void {
    this.P.slice(2).fill(0);
    this.P.slice(":", 2).fill(0);
    this.P.set([2, 2], variance);
  }

  addProcessNoise(distance: number, turn: number): void {
    const Q = eye(3);
    Q.slice(":2", ":2").imul(0.02 * distance);
    Q.set([2, 2], 0.01 * Math.abs(turn) + 1e-4);
    this.P.iadd(Q);
  }

  propagateHeading(heading: number, distance: number): void {
    const J = eye(3);
    J.set([0, 2], -distance * Math.sin(heading));
    J.set([1, 2], distance * Math.cos(heading));
    this.P = matmul(matmul(J, this.P), J.T);
  }

  symmetrize(): void {
    this.P = this.P.add(this.P.T).div(2);
  }

  standardDeviations(): number[] {
    const d = this.P.diagonal();
    const out: number[] = [];
    for (let i = 0; i < d.size; i++) out.push(Math.sqrt(d.get(i)));
    return out;
  }

  positionEllipseArea(): number {
    const block = this.P.slice(":2", ":2");
    const det = block.get(0, 0) * block.get(1, 1) - block.get(0, 1) * block.get(1, 0);
    return Math.PI * Math.sqrt(Math.max(det, 0));
  }
}

function matmul(a: NDArray, b: NDArray): NDArray {
  const out = zeros([a.shape[0], b.shape[1]]);
  for (let i = 0; i < a.shape[0]; i++) {
    for (let j = 0; j < b.shape[1]; j++) {
      let acc = 0;
      for (let k = 0; k < a.shape[1]; k++) acc += a.get(i, k) * b.get(k, j);
      out.set([i, j], acc);
    }
  }
  return out;
}

const cov = new PoseCovariance(0.05, 0.02);
const initial = cov.P.copy();

const odometry = [
  { distance: 0.2, turn: 0.0, heading: 0.0 },
  { distance: 0.25, turn: 0.1, heading: 0.1 },
  { distance: 0.2, turn: -0.05, heading: 0.05 },
];
for (const step of odometry) {
  cov.propagateHeading(step.heading, step.distance);
  cov.addProcessNoise(step.distance, step.turn);
  cov.symmetrize();
}

const headingRow = cov.P.slice(2);
console.log("heading row before compass fix:", headingRow.tolist());
cov.resetHeading(0.0004);

cov.inflatePosition(1.5);
console.log("wheel slip detected, position block inflated");

const landmarkCov = eye(2);
landmarkCov.slice(0).imul(4);
landmarkCov.T.slice(1).imul(0.25);

const positionBlock = cov.P.slice(":2", ":2");
console.log("position block:", positionBlock.tolist());
console.log("std devs:", cov.standardDeviations().map((s) => s.toFixed(4)));
console.log("ellipse area:", cov.positionEllipseArea().toExponential(3));
console.log("initial covariance:", initial.tolist());
console.log("landmark covariance:", landmarkCov.tolist());

const growth = cov.P.sub(initial);
console.log("covariance growth trace:", growth.diagonal().sum().toExponential(3));
const ratio = array(cov.standardDeviations()).div(array([0.05, 0.05, 0.02]));
console.log("std ratio vs initial:", ratio.tolist());
