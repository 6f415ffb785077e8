// Integrates a small particle system stored as a record of arrays: applies gravity, moves, damps and keeps particles above the floor.
import { array, NDArray } from "ndalias";

interface State {
  pos: NDArray; // [n, 2]: x, y
  vel: NDArray; // [n, 2]
  mass?: number | null;
}

export function kineticEnergy(state: State): number {
  const m = state.mass ?? 1;
  return 0.5 * m * state.vel.mul(state.vel).sum();
}

export function integrate(state: State, dt = 0.01): number {
  state.pos.iadd(state.vel.mul(dt)); // expect: no-alias-mutation
  return kineticEnergy(state);
}

export function damp(state: State, factor = 0.98): void {
  state.vel.imul(factor);
}

function gravity(state: State, g = 9.81, dt = 0.01): void {
  const vy = state.vel.slice(":", 1);
  vy.isub(g * dt);
}

export function clampToFloor(state: State, floor = 0): number {
  const ys = state.pos.slice(":", 1);
  let hits = 0;
  for (let i = 0; i < ys.size; i++) {
    if (ys.get(i) < floor) {
      ys.set(i, floor); // expect: no-view-mutation
      hits++;
    }
  }
  return hits;
}

function centroid(state: State): [number, number] {
  return [state.pos.slice(":", 0).mean(), state.pos.slice(":", 1).mean()];
}

function makeState(n: number, spread?: number): State {
  const rows: number[][] = [];
  const vels: number[][] = [];
  for (let i = 0; i < n; i++) {
    rows.push([i * (spread ?? 1), (i % 2) * 0.001]);
    vels.push([0.5, i % 2 === 0 ? 1 : -2]);
  }
  return { pos: array(rows), vel: array(vels), mass: null };
}

const state = makeState(3);
for (let t = 0; t < 3; t++) {
  gravity(state);
  const energy = integrate(state);
  damp(state);
  const hits = clampToFloor(state);
  console.log(`step ${t}: energy=${energy.toFixed(4)} floor hits=${hits}`);
}
console.log("positions:", state.pos.tolist(), "centroid:", centroid(state));
