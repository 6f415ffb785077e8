// An EMA tracker class, a module-level history log in a namespace and a config object, each updated through its own name inside value-returning functions.
import { array, zeros, ones, NDArray } from "ndalias";

const HISTORY = zeros(10);
let historyLength = 0;

namespace Log {
  export const totals = zeros(3);

  export function record(value: number): number {
    HISTORY.set(historyLength % HISTORY.size, value);
    historyLength++;
    return historyLength;
  }

  export function bump(channel: number, by: number): number {
    totals.set(channel, totals.get(channel) + by);
    return totals.sum();
  }

  export function clear(): number {
    HISTORY.fill(0);
    totals.fill(0);
    historyLength = 0;
    return HISTORY.sum() + totals.sum();
  }

  export function recent(n: number): NDArray {
    return HISTORY.slice(`:${Math.min(n, historyLength)}`).copy();
  }
}

const Config = {
  gains: ones(3),
  offsets: zeros(3),
  setGain(channel: number, gain: number): number {
    Config.gains.set(channel, gain);
    return Config.gains.sum();
  },
  shiftAll(delta: number): NDArray {
    Config.offsets.iadd(delta);
    return Config.offsets.copy();
  },
  applied(x: NDArray): NDArray {
    return x.mul(Config.gains).add(Config.offsets);
  },
};

class EmaTracker {
  private avg: NDArray;
  private readonly weights: NDArray;
  private updates = 0;

  constructor(size: number, readonly alpha: number) {
    this.avg = zeros(size);
    this.weights = ones(size);
  }

  update(x: NDArray): number {
    this.avg.imul(1 - this.alpha);
    this.avg.iadd(x.mul(this.alpha));
    this.updates++;
    return this.avg.sum();
  }

  rescale(k: number): NDArray {
    this.weights.imul(k);
    this.weights.slice(0).fill(1);
    return this.weights.copy();
  }

  weighted(): NDArray {
    return this.avg.mul(this.weights);
  }

  reset(): number {
    this.avg.fill(0);
    this.updates = 0;
    return this.avg.max();
  }

  get count(): number {
    return this.updates;
  }
}

const tracker = new EmaTracker(3, 0.5);
const readings = [
  array([1.0, 2.0, 3.0]),
  array([1.5, 2.5, 2.0]),
  array([0.5, 3.0, 2.5]),
];

for (const r of readings) {
  const level = tracker.update(Config.applied(r));
  Log.record(level);
  Log.bump(0, r.get(0));
}
console.log(`EMA after ${tracker.count} updates:`, tracker.weighted().tolist());
console.log("history:", Log.recent(5).tolist(), "channel totals:", Log.totals.tolist());

console.log("gain sum:", Config.setGain(1, 2));
console.log("offsets:", Config.shiftAll(0.25).tolist());
console.log("rescaled weights:", tracker.rescale(0.5).tolist());
console.log("weighted after rescale:", tracker.weighted().tolist());
console.log("reset max:", tracker.reset(), "log cleared:", Log.clear());
