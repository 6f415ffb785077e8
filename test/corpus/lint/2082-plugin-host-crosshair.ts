// Chart plugin host internals: plugins registered in a list and a Map get slot tables of scratch buffers and adjust the series after updates.
import { array, empty, zeros, NDArray } from "ndalias";

interface ChartState {
  series: NDArray;
  labels: string[];
  selection: [number, number] | null;
}

interface ChartPlugin {
  id: string;
  init(slots: NDArray): void;
  afterUpdate(state: ChartState): void;
}

class PluginHost {
  private readonly ordered: ChartPlugin[] = [];
  private readonly byId = new Map<string, ChartPlugin>();
  private readonly slotTables = new Map<string, NDArray>();

  register(plugin: ChartPlugin): boolean {
    if (this.byId.has(plugin.id)) return false;
    const table = empty(3, "object");
    plugin.init(table);
    this.ordered.push(plugin);
    this.byId.set(plugin.id, plugin);
    this.slotTables.set(plugin.id, table);
    return true;
  }

  update(state: ChartState): void {
    for (const plugin of this.ordered) plugin.afterUpdate(state);
  }

  ids(): string[] {
    return this.ordered.map((p) => p.id);
  }
}

function crosshairTables(): NDArray {
  const hover = empty(2, "object");
  const pinned = empty(2, "object");
  hover.set(0, zeros(2));
  pinned.set(0, zeros(2));
  hover.set(1, pinned);
  pinned.set(1, hover); // expect: no-reference-cycle
  return hover;
}

const crosshair: ChartPlugin = {
  id: "crosshair",
  init(slots: NDArray): void {
    slots.set(0, crosshairTables());
    slots.set(1, zeros(4));
  },
  afterUpdate(state: ChartState): void {
    const last = state.series.size - 1;
    console.log(`crosshair at ${state.labels[last]} = ${state.series.get(last)}`);
  },
};

const clampNegative: ChartPlugin = {
  id: "clamp-negative",
  init(): void {},
  afterUpdate(state: ChartState): void {
    for (let i = 0; i < state.series.size; i++) {
      if (state.series.get(i) < 0) state.series.set(i, 0);
    }
  },
};

const dimOutsideSelection: ChartPlugin = {
  id: "dim-outside-selection",
  init(slots: NDArray): void {
    slots.set(0, array([0.3]));
  },
  afterUpdate(state: ChartState): void {
    if (!state.selection) return;
    const [from, to] = state.selection;
    const outside: number[] = [];
    for (let i = 0; i < state.series.size; i++) if (i < from || i > to) outside.push(i);
    state.series.take(outside).imul(0.3); // expect: no-lost-write
  },
};

const host = new PluginHost();
host.register(crosshair);
host.register(clampNegative);
host.register(dimOutsideSelection);
host.register(crosshair);

const state: ChartState = {
  series: array([4.2, -0.5, 3.9, 5.1, 6.0, 2.2, 1.4]),
  labels: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
  selection: [2, 4],
};
host.update(state);
console.log("plugins:", host.ids().join(", "));
console.log("drawn series:", state.series.tolist());
