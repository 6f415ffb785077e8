// Immutable reducer for a multi-series chart editor: every update copies the arrays it changes, so old states stay intact for time travel.
import { arange, array, NDArray } from "ndalias";

interface ChartState {
  readonly x: NDArray;
  readonly ys: readonly NDArray[];
  readonly hidden: NDArray;
  readonly selection: NDArray;
}

type EditorAction =
  | { type: "editPoint"; series: number; index: number; value: number }
  | { type: "toggleSeries"; series: number }
  | { type: "smooth"; series: number }
  | { type: "normalize"; series: number }
  | { type: "keepSelection" }
  | { type: "shiftX"; dx: number };

function smooth3(y: NDArray): NDArray {
  const out = y.copy();
  for (let i = 1; i < y.size - 1; i++) {
    out.set(i, (y.get(i - 1) + y.get(i) + y.get(i + 1)) / 3);
  }
  return out;
}

function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((old, j) => (j === index ? item : old));
}

export function editorReducer(state: ChartState, action: EditorAction): ChartState {
  switch (action.type) {
    case "editPoint": {
      const y = state.ys[action.series].copy();
      y.set(action.index, action.value);
      return { ...state, ys: replaceAt(state.ys, action.series, y) };
    }
    case "toggleSeries": {
      const hidden = state.hidden.copy();
      hidden.set(action.series, hidden.get(action.series) ? 0 : 1);
      return { ...state, hidden };
    }
    case "smooth":
      return { ...state, ys: replaceAt(state.ys, action.series, smooth3(state.ys[action.series])) };
    case "normalize": {
      const source = state.ys[action.series];
      const scaled = source.sub(source.min());
      scaled.idiv(scaled.max() || 1);
      return { ...state, ys: replaceAt(state.ys, action.series, scaled) };
    }
    case "keepSelection": {
      const idx = state.selection.tolist() as number[];
      const x = state.x.take(idx);
      x.isub(x.get(0));
      const ys = state.ys.map((y) => y.take(idx));
      return { ...state, x, ys, selection: arange(idx.length) };
    }
    case "shiftX": {
      const x = state.x.add(action.dx);
      x.set(0, Math.max(0, x.get(0)));
      return { ...state, x };
    }
  }
}

function visibleSeries(state: ChartState): NDArray[] {
  return state.ys.filter((_, i) => !state.hidden.get(i));
}

function describe(state: ChartState): string {
  const xs = state.x.tolist() as number[];
  const series = state.ys.map((y, i) => `${state.hidden.get(i) ? "(hidden) " : ""}${JSON.stringify(y.tolist())}`);
  return `x=${JSON.stringify(xs)} ${series.join(" ")}`;
}

const initial: ChartState = {
  x: arange(0, 6),
  ys: [array([3, 5, 4, 8, 6, 7]), array([10, 12, 9, 14, 13, 11])],
  hidden: array([0, 0], "uint8"),
  selection: array([1, 2, 3]),
};

const timeline: ChartState[] = [initial];
const actions: EditorAction[] = [
  { type: "editPoint", series: 0, index: 2, value: 9 },
  { type: "smooth", series: 1 },
  { type: "toggleSeries", series: 1 },
  { type: "normalize", series: 0 },
  { type: "keepSelection" },
  { type: "shiftX", dx: 2 },
];
for (const action of actions) {
  timeline.push(editorReducer(timeline[timeline.length - 1], action));
}

timeline.forEach((state, step) => {
  console.log(`step ${step}: ${describe(state)}`);
});

const latest = timeline[timeline.length - 1];
console.log("visible series now:", visibleSeries(latest).length);
console.log("initial series 0 still:", initial.ys[0].tolist(), "sum", initial.ys[0].sum());
console.log("initial x still:", initial.x.tolist());
