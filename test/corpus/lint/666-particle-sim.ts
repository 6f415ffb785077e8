// Particle simulation: integrates positions and velocities under pluggable forces, bounces particles off the floor and puts slow particles to sleep.
import { array, zeros, NDArray } from "ndalias";

interface BodyState {
  pos: NDArray;
  vel: NDArray;
  mass: NDArray;
  time: number;
}

interface SimConfig {
  dt: number;
  floor: number;
  restitution: number;
  sleepSpeed: number;
}

type Force = (state: BodyState) => NDArray;

function withDefaults<T extends object>(partial: Partial<T>, defaults: T): T {
  return { ...defaults, ...partial };
}

const DEFAULT_CONFIG: SimConfig = { dt: 0.05, floor: 0, restitution: 0.8, sleepSpeed: 0.05 };

function makeState(positions: number[][], velocities: number[][], masses: number[]): BodyState {
  return { pos: array(positions), vel: array(velocities), mass: array(masses), time: 0 };
}

function particleCount(state: BodyState): number {
  return state.pos.shape[0];
}

function gravity(state: BodyState): NDArray {
  const f = zeros(state.pos.shape);
  for (let i = 0; i < particleCount(state); i++) {
    f.set([i, 1], -9.81 * state.mass.get(i));
  }
  return f;
}

function drag(state: BodyState): NDArray {
  return state.vel.mul(-0.1);
}

const FORCES = new Map<string, Force>([
  ["gravity", gravity],
  ["drag", drag],
]);

function totalForce(state: BodyState, enabled: string[]): NDArray {
  let total = zeros(state.pos.shape);
  for (const name of enabled) {
    const force = FORCES.get(name);
    if (force) total = total.add(force(state));
  }
  return total;
}

function accelerations(state: BodyState, enabled: string[]): NDArray {
  const acc = totalForce(state, enabled);
  for (let i = 0; i < particleCount(state); i++) {
    acc.slice(i).idiv(state.mass.get(i));
  }
  return acc;
}

function integrate(state: BodyState, acc: NDArray, dt: number): void {
  state.vel.iadd(acc.mul(dt));
  state.pos.iadd(state.vel.mul(dt));
  state.time += dt;
}

// Reflects particles that went through the floor and reports how many bounced.
function collideWithFloor(state: BodyState, cfg: SimConfig): number {
  let bounces = 0;
  for (let i = 0; i < particleCount(state); i++) {
    if (state.pos.get(i, 1) < cfg.floor) {
      state.vel.set([i, 1], -state.vel.get(i, 1) * cfg.restitution); // expect: no-alias-mutation
      bounces++;
    }
  }
  return bounces;
}

function speeds(state: BodyState): number[] {
  const out: number[] = [];
  for (let i = 0; i < particleCount(state); i++) {
    const v = state.vel.slice(i);
    out.push(Math.sqrt(v.mul(v).sum()));
  }
  return out;
}

function freezeSleeping(state: BodyState, cfg: SimConfig): void {
  const sleeping = speeds(state)
    .map((s, i) => (s < cfg.sleepSpeed ? i : -1))
    .filter((i) => i >= 0);
  if (sleeping.length === 0) return;
  state.vel.take(sleeping, 0).fill(0); // expect: no-lost-write
}

function kineticEnergy(state: BodyState): number {
  const v2 = state.vel.mul(state.vel);
  let total = 0;
  for (let i = 0; i < particleCount(state); i++) {
    total += 0.5 * state.mass.get(i) * v2.slice(i).sum();
  }
  return total;
}

function snapshot(state: BodyState): BodyState {
  return { pos: state.pos.copy(), vel: state.vel.copy(), mass: state.mass.copy(), time: state.time };
}

class Recorder {
  private readonly frames: BodyState[] = [];
  private readonly listeners: Array<(frame: BodyState) => void> = [];

  onFrame(listener: (frame: BodyState) => void): void {
    this.listeners.push(listener);
  }

  record(state: BodyState): void {
    const frame = snapshot(state);
    this.frames.push(frame);
    for (const listener of this.listeners) listener(frame);
  }

  get length(): number {
    return this.frames.length;
  }

  heightsAt(index: number): number[] {
    const frame = this.frames[index];
    return frame.pos.slice(":", 1).tolist() as number[];
  }
}

function simulate(state: BodyState, cfg: SimConfig, steps: number, recorder: Recorder): number {
  let bounces = 0;
  for (let step = 0; step < steps; step++) {
    integrate(state, accelerations(state, ["gravity", "drag"]), cfg.dt);
    bounces += collideWithFloor(state, cfg);
    freezeSleeping(state, cfg);
    if (step % 5 === 0) recorder.record(state);
  }
  return bounces;
}

const cfg = withDefaults<SimConfig>({ dt: 0.02, restitution: 0.7 }, DEFAULT_CONFIG);
const state = makeState(
  [
    [0, 1.0],
    [1, 0.5],
    [2, 0.05],
  ],
  [
    [0.5, 0],
    [0, 1.5],
    [0.01, 0],
  ],
  [1, 2, 0.5],
);

const recorder = new Recorder();
let maxHeight = 0;
recorder.onFrame((frame) => {
  maxHeight = Math.max(maxHeight, frame.pos.slice(":", 1).max());
});

const initialEnergy = kineticEnergy(state);
const bounces = simulate(state, cfg, 40, recorder);
console.log(`t=${state.time.toFixed(2)}s bounces=${bounces} frames=${recorder.length}`);
console.log("energy:", initialEnergy.toFixed(3), "->", kineticEnergy(state).toFixed(3));
console.log("heights in first frame:", recorder.heightsAt(0));
console.log("final positions:", state.pos.tolist(), "max height seen:", maxHeight.toFixed(3));
