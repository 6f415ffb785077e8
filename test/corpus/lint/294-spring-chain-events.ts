// Drives a damped spring-mass chain with an EventEmitter: tick handlers damp and clamp the state, a record handler logs the energy.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

interface ChainState {
  disp: NDArray;
  vel: NDArray;
}

export const SIMULATION = {
  state: { disp: array([0.5, -0.2, 0.1, 0]), vel: zeros(4) } as ChainState,
  energyLog: zeros(64),
  tick: 0,
};

const bus = new EventEmitter();

bus.on("tick", (s: ChainState) => s.vel.imul(0.995));

bus.on("tick", (s: ChainState) => {
  for (let i = 0; i < s.disp.size; i++) {
    const d = s.disp.get(i);
    if (Math.abs(d) > 1) {
      s.disp.set(i, Math.sign(d));
    }
  }
});

bus.on("record", (k: number, s: ChainState) => {
  const energy = 0.5 * s.vel.mul(s.vel).sum() + 0.5 * s.disp.mul(s.disp).sum();
  SIMULATION.energyLog.set(k, energy);
});

bus.on("reset", () => {
  SIMULATION.state.disp.fill(0);
  SIMULATION.state.vel.fill(0);
  SIMULATION.energyLog.fill(0);
  SIMULATION.tick = 0;
});

function integrate(s: ChainState, dt: number, stiffness: number): void {
  const n = s.disp.size;
  const force = zeros(n);
  for (let i = 0; i < n; i++) {
    const left = i > 0 ? s.disp.get(i - 1) : 0;
    const right = i < n - 1 ? s.disp.get(i + 1) : 0;
    force.set(i, stiffness * (left - 2 * s.disp.get(i) + right));
  }
  s.vel.iadd(force.mul(dt));
  s.disp.iadd(s.vel.mul(dt));
}

export function run(steps: number): number {
  const limit = Math.min(steps, SIMULATION.energyLog.size);
  for (let t = 0; t < limit; t++) {
    integrate(SIMULATION.state, 0.01, 4);
    bus.emit("tick", SIMULATION.state);
    bus.emit("record", t, SIMULATION.state);
    SIMULATION.tick++;
  }
  return SIMULATION.energyLog.slice(`:${limit}`).max();
}

const peakEnergy = run(40);
console.log("peak energy:", peakEnergy, "after", SIMULATION.tick, "ticks");
console.log("displacements:", SIMULATION.state.disp.tolist());
bus.emit("reset");
console.log("after reset:", SIMULATION.state.disp.tolist(), SIMULATION.energyLog.sum());
