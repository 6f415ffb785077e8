// A Kalman-style filter step: a generic pass-through helper and an overloaded selector hand back the very state they were given, which the update then corrects.
import { array, eye, NDArray } from "ndalias";

function checked<T extends NDArray>(x: T, label: string): T {
  if (x.ndim === 0) throw new Error(`${label} must not be a scalar`);
  return x;
}

function select(x: NDArray): NDArray;
function select(x: NDArray, detach: boolean): NDArray;
function select(x: NDArray, detach = false): NDArray {
  return detach ? x.copy() : x;
}

function predict(x: NDArray, velocity: number, dt: number): NDArray {
  const next = x.copy();
  next.set(0, x.get(0) + velocity * dt);
  return next;
}

function trace2(m: NDArray): number {
  return m.get(0, 0) + m.get(1, 1);
}

const state = array([0.0, 1.0]);
const covariance = eye(2).mul(0.5);
const measurement = array([0.2, 0.9]);

const estimate = checked(state, "state");
const innovation = measurement.sub(estimate);
estimate.iadd(innovation.mul(0.3)); // expect: no-alias-mutation

const p = select(covariance);
p.imul(0.7); // expect: no-alias-mutation

const prior = select(covariance, true);
console.log("prior trace:", trace2(prior), "predicted:", predict(state, 0.5, 0.1).tolist());
console.log("state:", state.tolist(), "covariance:", covariance.tolist());
