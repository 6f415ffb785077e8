// Discrete predator-prey simulation: steps the populations, snapshots each step into an object-dtype history and summarises cycles.
import { array, empty, NDArray } from "ndalias";

type StepHook = (t: number, populations: NDArray) => void;

export class Simulation {
  state: NDArray;
  readonly history: NDArray;
  onStep: StepHook | null = null;
  private t = 0;

  constructor(initial: NDArray, readonly steps: number) {
    this.state = initial.copy();
    this.history = empty(steps + 1, "object");
    this.history.set(0, this.state.copy());
  }

  // advances one step and returns the total population change
  step(growth: number, predation: number, conversion: number, death: number): number {
    if (this.t >= this.steps) return 0;
    const prev = this.state.copy();
    const prey = prev.get(0);
    const pred = prev.get(1);
    this.state.set(0, prey + growth * prey - predation * prey * pred);
    this.state.set(1, pred + conversion * prey * pred - death * pred);
    this.t++;
    this.onStep?.(this.t, this.state);
    this.history.set(this.t, this.state.copy());
    return this.state.sub(prev).sum();
  }

  snapshot(t: number): NDArray {
    return this.history.get(t);
  }
}

export function peaks(series: number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i + 1 < series.length; i++) {
    if (series[i] > series[i - 1] && series[i] >= series[i + 1]) out.push(i);
  }
  return out;
}

const initial = array([40, 9]);
const sim = new Simulation(initial, 30);
let extinctions = 0;
sim.onStep = (t, pops) => {
  for (let k = 0; k < pops.size; k++) {
    if (pops.get(k) >= 0) continue;
    pops.set(k, 0);
    extinctions++;
    console.warn(`species ${k} went extinct at step ${t}`);
  }
};

let totalChange = 0;
for (let i = 0; i < sim.steps; i++) {
  totalChange += sim.step(0.1, 0.005, 0.002, 0.08);
}

// the starting condition is scaled for a second scenario; the simulation kept its own copy
initial.imul(2);
const preyTrace: number[] = [];
for (let t = 0; t <= sim.steps; t++) preyTrace.push(sim.snapshot(t).get(0));

console.log("net population change:", totalChange.toFixed(2), "extinctions:", extinctions);
console.log("prey peaks at steps:", peaks(preyTrace).join(", "));
console.log("final state:", sim.state.tolist(), "second scenario start:", initial.tolist());
