// Damped oscillator integrated with classic RK4: k1..k4 are fresh temporaries recomputed every step and the state is rebound, never written in place.
// runnable
import { array, zeros, NDArray } from "ndalias";

const OMEGA = 2.0;
const DAMPING = 0.1;

function deriv(y: NDArray): NDArray {
  const out = zeros(2);
  out.set(0, y.get(1));
  out.set(1, -OMEGA * OMEGA * y.get(0) - DAMPING * y.get(1));
  return out;
}

function rk4Step(y: NDArray, h: number): NDArray {
  const k1 = deriv(y);
  const k2 = deriv(y.add(k1.mul(h / 2)));
  const k3 = deriv(y.add(k2.mul(h / 2)));
  const k4 = deriv(y.add(k3.mul(h)));
  const slope = k1.add(k2.mul(2)).add(k3.mul(2)).add(k4);
  slope.imul(h / 6);
  return y.add(slope);
}

function energy(y: NDArray): number {
  const x = y.get(0);
  const v = y.get(1);
  return 0.5 * v * v + 0.5 * OMEGA * OMEGA * x * x;
}

function integrate(y0: NDArray, h: number, steps: number): { final: NDArray; trace: NDArray } {
  let y = y0;
  const trace = zeros([steps + 1, 2]);
  trace.assign("0", y);
  for (let s = 1; s <= steps; s++) {
    y = rk4Step(y, h);
    trace.set([s, 0], y.get(0));
    trace.set([s, 1], y.get(1));
  }
  return { final: y, trace };
}

const start = array([1, 0]);
const { final, trace } = integrate(start, 0.05, 40);
console.log("start energy:", energy(start).toFixed(4));
console.log("final energy:", energy(final).toFixed(4));
console.log("final state:", final.tolist());

const positions = trace.slice(":", 0);
console.log("max |x|:", Math.max(positions.max(), -positions.min()).toFixed(3));
console.log("mean x:", positions.mean().toFixed(4));

const halfStep = integrate(start, 0.025, 80).final;
const err = halfStep.sub(final);
err.imul(err);
console.log("step-doubling error:", Math.sqrt(err.sum()).toExponential(2));
