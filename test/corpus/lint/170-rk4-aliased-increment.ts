// RK4 projectile integrator with an embedded error estimate: the weighted increment is accumulated through an alias of k1 instead of a copy, corrupting the later k1 - k4 estimate.
// runnable
import { array, zeros, NDArray } from "ndalias";

const G = 9.81;
const DRAG = 0.05;

function deriv(s: NDArray): NDArray {
  const d = zeros(4);
  const speed = Math.hypot(s.get(2), s.get(3));
  d.set(0, s.get(2));
  d.set(1, s.get(3));
  d.set(2, -DRAG * speed * s.get(2));
  d.set(3, -G - DRAG * speed * s.get(3));
  return d;
}

function step(s: NDArray, h: number): { next: NDArray; err: number } {
  const k1 = deriv(s);
  const k2 = deriv(s.add(k1.mul(h / 2)));
  const k3 = deriv(s.add(k2.mul(h / 2)));
  const k4 = deriv(s.add(k3.mul(h)));
  const incr = k1;
  incr.iadd(k2.add(k3).mul(2).add(k4)); // expect: no-alias-mutation
  const next = s.add(incr.mul(h / 6));
  const diff = k1.sub(k4);
  const err = h * Math.sqrt(diff.mul(diff).sum());
  return { next, err };
}

function fly(v0: number, angleDeg: number, h: number): { range: number; steps: number; maxErr: number } {
  const a = (angleDeg * Math.PI) / 180;
  let s = array([0, 0, v0 * Math.cos(a), v0 * Math.sin(a)]);
  let steps = 0;
  let maxErr = 0;
  while (s.get(1) >= 0 && steps < 10_000) {
    const { next, err } = step(s, h);
    maxErr = Math.max(maxErr, err);
    s = next;
    steps++;
  }
  return { range: s.get(0), steps, maxErr };
}

for (const angle of [30, 45, 60]) {
  const { range, steps, maxErr } = fly(20, angle, 0.01);
  console.log(`angle ${angle}: range ${range.toFixed(2)} m after ${steps} steps, max err ${maxErr.toExponential(2)}`);
}
