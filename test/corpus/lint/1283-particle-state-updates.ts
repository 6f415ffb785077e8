// Steps a small particle system with immutable-style state updates: spreads replace every written buffer, and rebinding ends the old aliases.
import { array, zeros, NDArray } from "ndalias";

interface Particles {
  readonly pos: NDArray;
  readonly vel: NDArray;
  readonly mass: NDArray;
  readonly t: number;
}

interface StepConfig {
  dt?: number;
  gravity?: number;
  drag?: number;
  floor?: number | null;
}

const cache: { forces?: NDArray } = {};

function forces({ mass }: Particles, gravity: number): NDArray {
  cache.forces ??= zeros(mass.shape[0]);
  cache.forces.fill(0);
  cache.forces.isub(mass.mul(gravity));
  return cache.forces.copy();
}

function advance(state: Particles, cfg: StepConfig = {}): Particles {
  const { dt = 0.1, gravity = 9.81, drag = 0.05, floor = 0 } = cfg;
  const next = { ...state, vel: state.vel.copy(), pos: state.pos.copy(), t: state.t + dt };
  next.vel.iadd(forces(state, gravity).div(state.mass).mul(dt));
  next.vel.imul(1 - drag);
  next.pos.iadd(next.vel.mul(dt));
  if (floor != null) {
    for (let i = 0; i < next.pos.size; i++) {
      if (next.pos.get(i) < floor) {
        next.pos.set(i, floor);
        next.vel.set(i, -0.5 * next.vel.get(i));
      }
    }
  }
  return next;
}

const energy = ({ vel, mass, pos }: Particles, g = 9.81): number =>
  0.5 * mass.mul(vel).mul(vel).sum() + g * mass.mul(pos).sum();

let state: Particles = {
  pos: array([10, 5, 0.5]),
  vel: array([0, 1, -2]),
  mass: array([1, 2, 0.5]),
  t: 0,
};

const initial = state;
const trajectory: number[][] = [];
for (let k = 0; k < 20; k++) {
  state = advance(state, { dt: 0.05 });
  trajectory.push(state.pos.tolist() as number[]);
}
console.log("initial heights:", initial.pos.tolist(), "energy:", energy(initial).toFixed(2));
console.log("after", state.t.toFixed(2), "s:", state.pos.tolist(), "energy:", energy(state).toFixed(2));

// A probe run from the same start, with its own velocity buffer.
let probeVel: NDArray = initial.vel;
probeVel = probeVel.mul(2);
probeVel.iadd(1);
console.log("probe velocity:", probeVel.tolist(), "initial velocity:", initial.vel.tolist());

// Reusing a name: the old alias ends at the rebinding.
let heavy: NDArray = state.mass;
console.log("heaviest particle:", heavy.max());
heavy = zeros(state.mass.size);
heavy.set(1, 1);
heavy.imul(state.mass);
console.log("heavy mask x mass:", heavy.tolist());

// Position-Verlet sub-steps with two rotating position buffers.
const h = 0.01;
const accel = forces(state, 9.81).div(state.mass);
let [curr, prev] = [state.pos.copy(), state.pos.sub(state.vel.mul(h))];
const peaks: number[] = [];
for (let s = 0; s < 3; s++) {
  const next = curr.mul(2).sub(prev);
  next.iadd(accel.mul(h * h));
  peaks.push(next.max());
  [curr, prev] = [next, curr];
}
console.log("sub-stepped positions:", curr.tolist(), "previous:", prev.tolist(), "peaks:", peaks);

// Reset a copy of the state for the next scenario; the live state keeps its velocity.
const { vel: liveVel, ...rest } = state;
const reset: Particles = { ...rest, vel: liveVel.copy() };
reset.vel.fill(0);
console.log("reset velocity:", reset.vel.tolist(), "live velocity:", liveVel.tolist());
console.log("cached forces:", cache.forces?.tolist(), "trajectory length:", trajectory.length);
