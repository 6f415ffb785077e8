// Event-driven runner: strategies update their state arrays in onBar handlers, fees are applied in place, and warm-up slots are cleared.
import { array, zeros, NDArray } from "ndalias";

interface Strategy {
  name: string;
  state: NDArray;
  onBar(bar: NDArray, state: NDArray): void;
}

function applyFees(pnl: NDArray, feePerTrade: number, trades: number[]): void {
  for (const t of trades) {
    pnl.set(t, pnl.get(t) - feePerTrade);
  }
}

function decay(state: NDArray, factor: number): void {
  state.imul(factor);
}

const momentum: Strategy = {
  name: "momentum",
  state: zeros(3),
  onBar(bar, state) {
    decay(state, 0.8);
    state.iadd(bar.mul(0.2));
  },
};

const breakout: Strategy = {
  name: "breakout",
  state: zeros(3),
  onBar(bar, state) {
    for (let i = 0; i < bar.size; i++) {
      if (bar.get(i) > state.get(i)) state.set(i, bar.get(i));
    }
  },
};

const bars = [
  array([0.01, -0.02, 0.005]),
  array([0.015, 0.01, -0.004]),
  array([-0.007, 0.022, 0.012]),
  array([0.004, -0.001, 0.018]),
];
const strategies = [momentum, breakout];
const pnl = zeros(bars.length);

bars.forEach((bar, t) => {
  for (const s of strategies) s.onBar(bar, s.state);
  pnl.set(t, momentum.state.sum());
});

// The first bar is warm-up: clear it, and halve the last two bars' P&L for the slippage model.
pnl.slice(":1").fill(0);
pnl.slice("-2:").imul(0.5);
applyFees(pnl, 0.0005, [1, 3]);

const scratch = [zeros(3), zeros(3)];
scratch.forEach((buf) => buf.fill(1));
strategies.forEach((s) => s.state.imul(100));

for (const s of strategies) console.log(s.name, "state (bp):", s.state.tolist());
console.log("P&L:", pnl.tolist(), "total:", pnl.sum().toFixed(5));
console.log("scratch ready:", scratch.map((b) => b.sum()));
