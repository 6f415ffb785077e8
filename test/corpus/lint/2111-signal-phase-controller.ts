// Adaptive signal controller for a four-approach junction: tracks queues, re-splits the green time each cycle from demand and logs every plan.
import { array, zeros, full, NDArray } from "ndalias";

const APPROACHES = ["north", "east", "south", "west"] as const;
const CYCLE_SECONDS = 90;
const MIN_GREEN = 8;
const LOST_TIME = 4 * MIN_GREEN;

class SignalController {
  greenSplits: NDArray; // seconds of green per approach
  queues: NDArray; // vehicles waiting per approach
  plan: NDArray; // plan[phase, approach] = 1 when the approach has green in that phase
  readonly history: NDArray[] = [];

  constructor() {
    this.greenSplits = full(4, CYCLE_SECONDS / 4);
    this.queues = zeros(4);
    this.plan = zeros([2, 4]);
    this.plan.slice("0, ::2").fill(1); // phase 0: north-south
    this.plan.slice("1, 1::2").fill(1); // phase 1: east-west
  }

  observe(arrivals: NDArray, departures: NDArray): number {
    this.queues.iadd(arrivals);
    this.queues.isub(departures);
    for (let i = 0; i < this.queues.size; i++) {
      if (this.queues.get(i) < 0) this.queues.set(i, 0);
    }
    return this.queues.sum();
  }

  retime(): number {
    const total = this.queues.sum();
    if (total === 0) return 0;
    const demand = this.queues.div(total);
    demand.imul(CYCLE_SECONDS - LOST_TIME);
    demand.iadd(MIN_GREEN);
    const change = demand.sub(this.greenSplits).max();
    this.greenSplits = demand;
    this.history.push(this.greenSplits.copy());
    return change;
  }

  extendAll(seconds: number): void {
    this.greenSplits.iadd(seconds / 4);
  }

  phaseGreen(phase: number): number {
    const mask = this.plan.slice(phase);
    return mask.mul(this.greenSplits).sum() / 2;
  }

  reset(): void {
    const pending = this.queues;
    console.log("discarding pending queues:", pending.tolist());
    this.queues.fill(0);
  }
}

function clearServedQueues(queues: NDArray, served: number[]): void {
  for (const i of served) {
    queues.set(i, 0);
  }
}

function describe(splits: NDArray): string {
  return APPROACHES.map((name, i) => `${name} ${splits.get(i).toFixed(1)}s`).join(", ");
}

const controller = new SignalController();
const arrivalsByCycle = [
  array([12, 4, 9, 3]),
  array([15, 6, 11, 2]),
  array([7, 9, 5, 8]),
  array([4, 12, 3, 10]),
];
const capacity = full(4, 8);

for (const arrivals of arrivalsByCycle) {
  const waiting = controller.observe(arrivals, capacity);
  const change = controller.retime();
  console.log(`waiting ${waiting}, largest split change ${change.toFixed(1)} s`);
  console.log("  plan:", describe(controller.greenSplits));
}

// the police officer waved the north and south queues through
clearServedQueues(controller.queues, [0, 2]);
controller.extendAll(4);

console.log("phase greens:", controller.phaseGreen(0).toFixed(1), controller.phaseGreen(1).toFixed(1));
console.log("history:", controller.history.map((h) => describe(h)));
console.log("queues left:", controller.queues.tolist());
controller.reset();
console.log("total queued after reset:", controller.queues.sum());
