// Integrates a small particle system with immutable-style state updates and reports how far the particles moved and the energy drift.
// runnable
import { array, NDArray } from "ndalias";

interface SimState {
  t: number;
  pos: NDArray;
  vel: NDArray;
  mass: NDArray;
}

const GRAVITY = -9.81;
const FLOOR = 0;
const RESTITUTION = 0.8;

function kineticEnergy(s: SimState): number {
  return s.vel.mul(s.vel).mul(s.mass).sum() / 2;
}

function potentialEnergy(s: SimState): number {
  return s.pos.mul(s.mass).sum() * -GRAVITY;
}

function totalEnergy(s: SimState): number {
  return kineticEnergy(s) + potentialEnergy(s);
}

// One explicit Euler step; returns a new state and leaves the old one as it was.
export function step(state: SimState, dt: number): SimState {
  const next: SimState = { ...state, t: state.t + dt, vel: state.vel.copy() };
  next.vel.iadd(GRAVITY * dt);
  next.pos.iadd(next.vel.mul(dt)); // expect: no-alias-mutation
  return next;
}

export function withDamping(state: SimState, factor: number): SimState {
  return { ...state, vel: state.vel.mul(factor) };
}

function bounce(state: SimState): SimState {
  const pos = state.pos.copy();
  const vel = state.vel.copy();
  for (let i = 0; i < pos.size; i++) {
    if (pos.get(i) < FLOOR) {
      pos.set(i, FLOOR - pos.get(i));
      vel.set(i, -RESTITUTION * vel.get(i));
    }
  }
  return { ...state, pos, vel };
}

function lowest(state: SimState): number {
  let idx = 0;
  for (let i = 1; i < state.pos.size; i++) {
    if (state.pos.get(i) < state.pos.get(idx)) idx = i;
  }
  return idx;
}

function format(values: NDArray): string {
  return (values.tolist() as number[]).map((v) => v.toFixed(3)).join(", ");
}

const initial: SimState = {
  t: 0,
  pos: array([1.0, 2.0, 0.5]),
  vel: array([0.0, 1.5, -0.5]),
  mass: array([1, 2, 0.5]),
};
const startEnergy = totalEnergy(initial);

let current = initial;
for (let i = 0; i < 5; i++) {
  current = bounce(step(current, 0.05));
}
current = withDamping(current, 0.9);

const displacement = current.pos.sub(initial.pos);
console.log(`t=${current.t.toFixed(2)}`);
console.log("start positions:", format(initial.pos));
console.log("end positions:  ", format(current.pos));
console.log("displacement:   ", format(displacement));
console.log("lowest particle:", lowest(current));
console.log("energy drift:", (totalEnergy(current) - startEnergy).toFixed(4));
