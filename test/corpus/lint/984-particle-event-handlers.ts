// A particle system driven by an event emitter: void handlers integrate and damp the state in place, a reduce accumulates kinetic energy, and position buffers are swapped each tick.
import { array, zeros, NDArray } from "ndalias";

interface ParticleState {
  pos: NDArray;
  prev: NDArray;
  vel: NDArray;
}

type TickHandler = (state: ParticleState, dt: number) => void;
type FrameHandler = (frame: NDArray) => void;

class Emitter {
  private tickHandlers: TickHandler[] = [];
  private frameHandlers: FrameHandler[] = [];

  onTick(handler: TickHandler): void {
    this.tickHandlers.push(handler);
  }

  onFrame(handler: FrameHandler): void {
    this.frameHandlers.push(handler);
  }

  tick(state: ParticleState, dt: number): void {
    this.tickHandlers.forEach((h) => h(state, dt));
  }

  frame(buffer: NDArray): void {
    this.frameHandlers.forEach((h) => h(buffer));
  }
}

const GRAVITY = array([0, -9.81]);
const DAMPING = 0.98;

function integrate(state: ParticleState, dt: number): void {
  [state.prev, state.pos] = [state.pos, state.prev];
  state.pos.assign(":", state.prev.add(state.vel.mul(dt)));
  state.vel.iadd(GRAVITY.mul(dt));
}

function damp(state: ParticleState): void {
  state.vel.imul(DAMPING);
}

function bounce(state: ParticleState): void {
  for (let i = 0; i < state.pos.shape[0]; i++) {
    if (state.pos.get(i, 1) < 0) {
      state.pos.set([i, 1], 0);
      state.vel.set([i, 1], -state.vel.get(i, 1) * 0.5);
    }
  }
}

function kineticEnergy(vel: NDArray): number {
  const rows = Array.from({ length: vel.shape[0] }, (_, i) => vel.slice(i));
  return rows.reduce((total, v) => total + 0.5 * v.mul(v).sum(), 0);
}

function centroid(pos: NDArray): NDArray {
  let acc = zeros(2);
  for (let i = 0; i < pos.shape[0]; i++) {
    acc = acc.add(pos.slice(i));
  }
  return acc.div(pos.shape[0]);
}

const emitter = new Emitter();
emitter.onTick(integrate);
emitter.onTick((s) => damp(s));
emitter.onTick((s) => bounce(s));
emitter.onFrame((f) => f.imul(0.5));
emitter.onFrame((f) => {
  f.slice(":", 0).fill(0);
});

const state: ParticleState = {
  pos: array([[0, 10], [1, 12], [2, 8]]),
  prev: zeros([3, 2]),
  vel: array([[1, 0], [0.5, 2], [-1, 1]]),
};

const energies: number[] = [];
for (let step = 0; step < 5; step++) {
  emitter.tick(state, 0.1);
  energies.push(kineticEnergy(state.vel));
}

const overlay = state.pos.copy();
emitter.frame(overlay);

console.log("energy trace:", energies.map((e) => e.toFixed(2)).join(" "));
console.log("centroid:", centroid(state.pos).tolist());
console.log("overlay (half-scale, x cleared):", overlay.tolist());
console.log("positions:", state.pos.tolist(), "previous:", state.prev.tolist());
