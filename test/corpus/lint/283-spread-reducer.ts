// Afterimage video effect written as a pure reducer over frame actions; prints the trail energy after every action.
import { array, zeros, NDArray } from "ndalias";

interface EffectState {
  readonly trail: NDArray;
  readonly step: number;
  readonly energy: number;
  readonly label?: string;
}

type Action =
  | { kind: "frame"; frame: NDArray; weight?: number }
  | { kind: "decay"; factor: number }
  | { kind: "reset" };

function reducer(state: EffectState, action: Action): EffectState {
  switch (action.kind) {
    case "frame": {
      const w = action.weight ?? 0.2;
      const trail = state.trail.mul(1 - w);
      trail.iadd(action.frame.mul(w));
      return { ...state, trail, step: state.step + 1, energy: trail.sum() };
    }
    case "decay": {
      const trail = state.trail.copy();
      trail.imul(action.factor);
      return { ...state, trail, energy: trail.sum(), label: `decay x${action.factor}` };
    }
    case "reset":
      return { ...state, trail: zeros(state.trail.shape), energy: 0, label: "reset" };
  }
}

const initial: EffectState = { trail: zeros([2, 3]), step: 0, energy: 0 };

const frames = [
  array([[0, 200, 0], [0, 0, 0]]),
  array([[0, 0, 200], [0, 0, 0]]),
  array([[0, 0, 0], [0, 0, 200]]),
];

const actions: Action[] = [
  ...frames.map((frame): Action => ({ kind: "frame", frame })),
  { kind: "frame", frame: frames[0], weight: 0.5 },
  { kind: "decay", factor: 0.5 },
  { kind: "reset" },
];

const history = actions.reduce<EffectState[]>((acc, a) => [...acc, reducer(acc[acc.length - 1], a)], [initial]);

history.forEach(({ step, energy, label = "frame" }, i) => {
  console.log(`#${i} step=${step} ${label}: energy=${energy.toFixed(1)}`);
});

const peak = history.find((s) => s.energy === Math.max(...history.map((h) => h.energy)));
console.log("peak trail:", peak?.trail.tolist() ?? "none");
console.log("first frame untouched:", frames[0].tolist(), "initial trail:", initial.trail.sum());
