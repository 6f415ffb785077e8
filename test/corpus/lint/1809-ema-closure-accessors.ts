// Exponential moving averages from a closure factory with getter/setter accessors over captured state; summaries are read before the in-place updates.
import { array, zeros, NDArray } from "ndalias";

function createEma(size: number, initialDecay: number) {
  const state = zeros(size);
  let decay = initialDecay;
  let warm = false;
  let updates = 0;

  return {
    get value(): NDArray {
      return state.copy();
    },
    get decay(): number {
      return decay;
    },
    set decay(d: number) {
      if (d <= 0 || d >= 1) throw new RangeError(`decay ${d} must lie in (0, 1)`);
      decay = d;
    },
    get updates(): number {
      return updates;
    },
    update(x: NDArray): void {
      updates += 1;
      if (!warm) {
        state.assign(":", x);
        warm = true;
        return;
      }
      state.imul(decay);
      state.iadd(x.mul(1 - decay));
    },
    nudge(delta: number): number {
      state.iadd(delta);
      return state.sum();
    },
    reset(): void {
      state.fill(0);
      warm = false;
      updates = 0;
    },
  };
}

const prices = [
  array([101.2, 55.1, 12.4]),
  array([102.8, 54.7, 12.9]),
  array([100.5, 56.3, 13.4]),
  array([103.1, 57.0, 13.1]),
];

const fast = createEma(3, 0.5);
const slow = createEma(3, 0.9);
for (const p of prices) {
  fast.update(p);
  slow.update(p);
}
const signal = fast.value.sub(slow.value);
console.log("fast:", fast.value.tolist(), "slow:", slow.value.tolist());
console.log("crossover signal:", signal.tolist(), "after", fast.updates, "updates");

slow.decay = 0.8;
console.log("nudged slow total:", slow.nudge(0.25).toFixed(3), "decay now", slow.decay);

// Summaries through a view are taken before the buffer is recycled for the next window.
const window = array([4.0, 4.5, 5.25, 5.0, 6.0]);
const recent = window.slice("2:");
const recentMean = recent.mean();
const recentMax = recent.max();
window.fill(0);
window.slice("-1:").fill(6.5);
console.log("recent mean", recentMean, "max", recentMax, "recycled window:", window.tolist());

// The tail view is made after the rescale, so it sees the rescaled values by design.
const returns = array([0.01, -0.02, 0.015, 0.03, -0.005]);
returns.imul(100);
const tail = returns.slice("-2:");
console.log("returns (%):", returns.tolist(), "last two:", tail.tolist());

// A fancy-indexed selection owns its memory and is reported after being scaled.
const picks = returns.take([0, 3]);
picks.imul(2);
console.log("doubled picks:", picks.tolist(), "returns unchanged:", returns.sum().toFixed(2));

fast.reset();
fast.update(prices[3]);
console.log("fast after reset:", fast.value.tolist(), "updates", fast.updates);
