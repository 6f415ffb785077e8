// Redux-style reducer for a price panel: edits, appends, rescales and clears the chart series, and prints every state in the time-travel log.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface PanelState {
  readonly prices: NDArray;
  readonly volumes: NDArray;
  readonly version: number;
  readonly label: string;
}

type PanelAction =
  | { type: "setPoint"; index: number; value: number }
  | { type: "appendTick"; price: number; volume: number }
  | { type: "rescale"; factor: number }
  | { type: "clearVolumes" }
  | { type: "rename"; label: string };

function appendValue(values: NDArray, value: number): NDArray {
  const out = zeros(values.size + 1);
  out.assign(`:${values.size}`, values);
  out.set(values.size, value);
  return out;
}

function bump(state: PanelState): number {
  return state.version + 1;
}

export function panelReducer(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case "setPoint": {
      const prices = state.prices.copy();
      prices.set(action.index, action.value);
      return { ...state, prices, version: bump(state) };
    }
    case "appendTick":
      return {
        ...state,
        prices: appendValue(state.prices, action.price),
        volumes: appendValue(state.volumes, action.volume),
        version: bump(state),
      };
    case "rescale": {
      const prices = state.prices;
      prices.imul(action.factor); // expect: no-alias-mutation
      return { ...state, prices, version: bump(state) };
    }
    case "clearVolumes": {
      state.volumes.fill(0); // expect: no-alias-mutation
      return { ...state, version: bump(state) };
    }
    case "rename":
      return { ...state, label: action.label };
  }
}

class PanelStore {
  private readonly log: PanelState[];

  constructor(initial: PanelState) {
    this.log = [initial];
  }

  get current(): PanelState {
    return this.log[this.log.length - 1];
  }

  dispatch(action: PanelAction): PanelState {
    const next = panelReducer(this.current, action);
    this.log.push(next);
    return next;
  }

  at(version: number): PanelState | undefined {
    return this.log.find((s) => s.version === version);
  }

  entries(): readonly PanelState[] {
    return this.log;
  }
}

function describe(state: PanelState): string {
  const prices = state.prices.tolist() as number[];
  const last = prices[prices.length - 1];
  return `v${state.version} ${state.label}: ${prices.length} ticks, last ${last.toFixed(2)}, volume ${state.volumes.sum()}`;
}

const initial: PanelState = {
  prices: array([101.2, 102.8, 100.9, 103.4]),
  volumes: array([1200, 900, 1500, 1100]),
  version: 0,
  label: "ACME",
};

const store = new PanelStore(initial);
store.dispatch({ type: "setPoint", index: 1, value: 102.5 });
store.dispatch({ type: "appendTick", price: 104.1, volume: 1300 });
store.dispatch({ type: "rescale", factor: 0.5 });
store.dispatch({ type: "rename", label: "ACME (split-adjusted)" });
store.dispatch({ type: "clearVolumes" });

for (const state of store.entries()) {
  console.log(describe(state));
}

const beforeSplit = store.at(2);
if (beforeSplit) {
  console.log("before the split:", beforeSplit.prices.tolist(), "volumes:", beforeSplit.volumes.tolist());
}
console.log("initial prices:", initial.prices.tolist());
