// Heat diffusion on a rod with double buffering and immutable-style snapshots whose arrays are copied before anything is written.
import { array, zeros, NDArray } from "ndalias";

interface RodState {
  step: number;
  temps: NDArray;
  source: NDArray;
}

const ALPHA = 0.2;

function diffuseInto(dst: NDArray, src: NDArray, alpha: number): void {
  const n = src.size;
  dst.set(0, src.get(0));
  dst.set(n - 1, src.get(n - 1));
  for (let i = 1; i < n - 1; i++) {
    dst.set(i, src.get(i) + alpha * (src.get(i - 1) - 2 * src.get(i) + src.get(i + 1)));
  }
}

export function advance(state: RodState, alpha: number): RodState {
  const next: RodState = { ...state, step: state.step + 1, temps: zeros(state.temps.size) };
  diffuseInto(next.temps, state.temps, alpha);
  next.temps.iadd(next.source.mul(0.01));
  return next;
}

export function simulate(initial: NDArray, steps: number, boundary: number): NDArray {
  let current = initial.copy();
  let scratch = zeros(initial.size);
  for (let s = 0; s < steps; s++) {
    diffuseInto(scratch, current, ALPHA);
    [current, scratch] = [scratch, current];
    current.set(0, boundary);
  }
  return current;
}

export function history(state0: RodState, steps: number): RodState[] {
  const snaps: RodState[] = [{ ...state0, temps: state0.temps.copy() }];
  let state = state0;
  for (let s = 0; s < steps; s++) {
    state = advance(state, ALPHA);
    snaps.push({ ...state, temps: state.temps.copy() });
  }
  return snaps;
}

function hottest(values: NDArray): number {
  let idx = 0;
  for (let i = 1; i < values.size; i++) {
    if (values.get(i) > values.get(idx)) idx = i;
  }
  return idx;
}

function fmt(values: NDArray): string {
  return (values.tolist() as number[]).map((v) => v.toFixed(2)).join(" ");
}

const rod = array([0, 0, 100, 0, 0, 0, 50]);
const base: RodState = { step: 0, temps: rod, source: zeros(rod.size) };

const snaps = history(base, 3);
for (const snap of snaps) {
  console.log(`step ${snap.step}: ${fmt(snap.temps)} (hottest at ${hottest(snap.temps)})`);
}

const tweaked: RodState = { ...base, source: base.source.copy() };
tweaked.source.set(2, 500);
const heated = advance(tweaked, ALPHA);
console.log("base source:", fmt(base.source), "| heated:", fmt(heated.temps));
console.log("injected source peak:", tweaked.source.max());

const settled = simulate(rod, 20, 10);
console.log("settled rod:", fmt(settled));

let display: NDArray = rod;
display = display.mul(100).div(rod.max());
display.isub(50);
console.log("display scale:", fmt(display), "| raw rod:", fmt(rod));
