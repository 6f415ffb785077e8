// Immutable reducer for a particle simulation: each action copies the arrays it changes and returns a new state object.
import { array, NDArray } from "ndalias";

interface SimState {
  readonly positions: NDArray;
  readonly velocities: NDArray;
  readonly masses: NDArray;
  readonly tick: number;
}

type Action =
  | { kind: "push"; body: number; impulse: number }
  | { kind: "step"; dt: number }
  | { kind: "freeze"; body: number }
  | { kind: "damp"; factor: number }
  | { kind: "recentre" };

function withValue(x: NDArray, i: number, v: number): NDArray {
  const next = x.copy();
  next.set(i, v);
  return next;
}

function scaled(x: NDArray, k: number): NDArray {
  const next = x.copy();
  next.imul(k);
  return next;
}

function shifted(x: NDArray, by: number): NDArray {
  const next = x.sub(by);
  return next;
}

function reduce(state: SimState, action: Action): SimState {
  switch (action.kind) {
    case "push": {
      const dv = action.impulse / state.masses.get(action.body);
      const v = state.velocities.get(action.body) + dv;
      return { ...state, velocities: withValue(state.velocities, action.body, v) };
    }
    case "step": {
      const moved = state.velocities.mul(action.dt);
      moved.iadd(state.positions);
      return { ...state, positions: moved, tick: state.tick + 1 };
    }
    case "freeze":
      return { ...state, velocities: withValue(state.velocities, action.body, 0) };
    case "damp":
      return { ...state, velocities: scaled(state.velocities, action.factor) };
    case "recentre": {
      const weighted = state.positions.mul(state.masses);
      const centre = weighted.sum() / state.masses.sum();
      return { ...state, positions: shifted(state.positions, centre) };
    }
  }
}

function kineticEnergy(state: SimState): number {
  const v2 = state.velocities.mul(state.velocities);
  v2.imul(state.masses);
  return 0.5 * v2.sum();
}

function momentum(state: SimState): number {
  return state.velocities.mul(state.masses).sum();
}

function describe(state: SimState): string {
  const { positions, velocities, tick } = state;
  return `t=${tick} x=${JSON.stringify(positions.tolist())} v=${JSON.stringify(velocities.tolist())}`;
}

const initial: SimState = {
  positions: array([0, 1, 2]),
  velocities: array([0, 0, 0]),
  masses: array([1, 2, 4]),
  tick: 0,
};

const actions: Action[] = [
  { kind: "push", body: 0, impulse: 2 },
  { kind: "step", dt: 0.5 },
  { kind: "push", body: 2, impulse: -4 },
  { kind: "step", dt: 0.5 },
  { kind: "damp", factor: 0.9 },
  { kind: "freeze", body: 1 },
  { kind: "step", dt: 0.5 },
  { kind: "recentre" },
];

const history: SimState[] = [initial];
let current = initial;
for (const action of actions) {
  current = reduce(current, action);
  history.push(current);
}

for (const s of history) {
  console.log(describe(s), "E =", kineticEnergy(s).toFixed(3), "p =", momentum(s).toFixed(3));
}

// The masses array is shared by every state; it is only ever read.
const sharedMasses = current.masses;
console.log("masses shared with the initial state:", sharedMasses === initial.masses, sharedMasses.tolist());

// Undo: going back is just picking an older state, whose arrays were never written.
const undone = history[history.length - 3];
console.log("after undo:", describe(undone));
console.log("initial state is intact:", describe(initial));

// A what-if branch from the current state does not disturb the timeline.
const branch = reduce(reduce(current, { kind: "push", body: 1, impulse: 6 }), { kind: "step", dt: 1 });
console.log("branch:", describe(branch), "timeline:", describe(current));
