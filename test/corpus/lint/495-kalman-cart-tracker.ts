// Tracks a cart on a rail with a constant-velocity Kalman filter and logs the innovation and the state correction per step.
// runnable
import { array, eye, zeros, NDArray } from "ndalias";

const dt = 0.1;
const F = array([[1, dt], [0, 1]]);
const Q = eye(2).mul(0.02);
const measurementVariance = 0.25;

function matmul(a: NDArray, b: NDArray): NDArray {
  const [n, k] = a.shape;
  const m = b.shape[1];
  const out = zeros([n, m]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a.get(i, p) * b.get(p, j);
      out.set([i, j], s);
    }
  }
  return out;
}

function matvec(a: NDArray, v: NDArray): NDArray {
  const out = zeros(a.shape[0]);
  for (let i = 0; i < a.shape[0]; i++) {
    let s = 0;
    for (let p = 0; p < v.size; p++) s += a.get(i, p) * v.get(p);
    out.set(i, s);
  }
  return out;
}

let x = array([0, 1]);
let P = eye(2).mul(10);
const positions = array([0.12, 0.18, 0.35, 0.41, 0.47, 0.66]);
const corrections: number[][] = [];

for (let step = 0; step < positions.size; step++) {
  // predict
  x = matvec(F, x);
  P = matmul(matmul(F, P), F.T).add(Q);

  // update with the position measurement
  const s = P.get(0, 0) + measurementVariance;
  const gain = array([P.get(0, 0) / s, P.get(1, 0) / s]);
  const innovation = positions.get(step) - x.get(0);

  const predicted = x;
  x.iadd(gain.mul(innovation)); // expect: no-alias-mutation
  corrections.push(x.sub(predicted).tolist() as number[]);

  const priorCov = P.copy();
  const kp = array([[gain.get(0) * P.get(0, 0), gain.get(0) * P.get(0, 1)],
                    [gain.get(1) * P.get(0, 0), gain.get(1) * P.get(0, 1)]]);
  P.isub(kp);
  const shrink = priorCov.get(0, 0) - P.get(0, 0);

  console.log(`step ${step}: innovation=${innovation.toFixed(3)} variance shrink=${shrink.toFixed(4)}`);
}

console.log("final state:", x.tolist());
console.log("final covariance:", P.tolist());
console.log("corrections:", corrections);
