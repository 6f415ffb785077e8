// Evaporating droplet simulation that derives every frame from the previous one through a clone helper, then compares first and last frames.
// runnable
import { array, NDArray } from "ndalias";

interface Frame {
  pos: NDArray;
  vel: NDArray;
  mass: NDArray;
  t: number;
}

const GRAVITY = array([0, -9.81]);

function cloneFrame(f: Frame): Frame {
  return { pos: f.pos.copy(), vel: f.vel.copy(), mass: f.mass, t: f.t };
}

function withImpulse(f: Frame, i: number, impulse: NDArray): Frame {
  const vel = f.vel.copy();
  vel.slice(i).iadd(impulse.div(f.mass.get(i)));
  return { ...f, vel };
}

function step(prev: Frame, dt: number, drag: number, evaporation: number): Frame {
  const next = cloneFrame(prev);
  next.vel.imul(1 - drag * dt);
  next.vel.iadd(GRAVITY.mul(dt));
  next.pos.iadd(next.vel.mul(dt));
  next.mass.imul(1 - evaporation * dt); // expect: no-alias-mutation
  next.t = prev.t + dt;
  return next;
}

function bounce(f: Frame, floor: number): Frame {
  const pos = f.pos.copy();
  const vel = f.vel.copy();
  for (let i = 0; i < pos.shape[0]; i++) {
    if (pos.get(i, 1) < floor) {
      pos.set([i, 1], floor);
      vel.set([i, 1], -0.6 * vel.get(i, 1));
    }
  }
  return { ...f, pos, vel };
}

function kineticEnergy(f: Frame): number {
  let e = 0;
  for (let i = 0; i < f.mass.size; i++) {
    const v = f.vel.slice(i);
    e += 0.5 * f.mass.get(i) * v.mul(v).sum();
  }
  return e;
}

function centreOfMass(f: Frame): number[] {
  const total = f.mass.sum();
  const cx = f.pos.slice(":", 0).mul(f.mass).sum() / total;
  const cy = f.pos.slice(":", 1).mul(f.mass).sum() / total;
  return [cx, cy];
}

const first: Frame = {
  pos: array([
    [0, 10],
    [1, 12],
    [2, 9],
  ]),
  vel: array([
    [1, 0],
    [0, 0],
    [-1, 2],
  ]),
  mass: array([1.0, 2.0, 0.5]),
  t: 0,
};

const frames: Frame[] = [withImpulse(first, 1, array([3, 4]))];
for (let k = 0; k < 20; k++) {
  const advanced = step(frames[frames.length - 1], 0.05, 0.1, 0.2);
  frames.push(bounce(advanced, 0));
}
const last = frames[frames.length - 1];

console.log("t =", last.t.toFixed(2), "centre of mass:", centreOfMass(last).map((c) => c.toFixed(3)));
console.log("kinetic energy first/last:", kineticEnergy(frames[0]).toFixed(3), kineticEnergy(last).toFixed(3));
console.log("initial droplet masses:", first.mass.tolist());
console.log("final droplet masses:", last.mass.tolist());
console.log("mass lost:", (first.mass.sum() - last.mass.sum()).toFixed(4));
