// Rebalances a model portfolio toward target weights under a turnover cap, keeping the pre-trade weights for the trade report.
import { array, zeros, NDArray } from "ndalias";

enum Action {
  Hold,
  Rebalance,
  Liquidate,
}

interface Trade {
  asset: number;
  delta: number;
}

function clipTurnover(delta: NDArray, maxAbs: number): void {
  for (let i = 0; i < delta.size; i++) {
    const d = delta.get(i);
    if (Math.abs(d) > maxAbs) delta.set(i, Math.sign(d) * maxAbs);
  }
}

function renormalise(w: NDArray): void {
  w.idiv(w.sum());
}

class Portfolio {
  weights: NDArray;
  cash = 0;
  constructor(initial: NDArray) {
    this.weights = initial.copy();
  }
  apply(delta: NDArray): number {
    this.weights.iadd(delta);
    renormalise(this.weights);
    return this.weights.max();
  }
  liquidate(): number {
    this.cash += this.weights.sum();
    this.weights.fill(0);
    return this.cash;
  }
}

function decide(drift: NDArray, band: number, stop: boolean): Action {
  if (stop) return Action.Liquidate;
  return Math.max(drift.max(), -drift.min()) > band ? Action.Rebalance : Action.Hold;
}

const target = array([0.4, 0.3, 0.2, 0.1]);
const book = new Portfolio(array([0.5, 0.25, 0.15, 0.1]));

const preTrade = book.weights.copy();
const drift = book.weights.sub(target);
const topTwo = book.weights.slice(":2");
console.log("top-two concentration before:", topTwo.sum());

const trades: Trade[] = [];
const action = decide(drift, 0.05, false);
if (action === Action.Rebalance) {
  const delta = target.sub(book.weights);
  clipTurnover(delta, 0.06);
  const maxWeight = book.apply(delta);
  for (let i = 0; i < delta.size; i++) {
    if (delta.get(i) !== 0) trades.push({ asset: i, delta: delta.get(i) });
  }
  console.log("largest weight after trade:", maxWeight);
} else if (action === Action.Liquidate) {
  console.log("cash after liquidation:", book.liquidate());
}

const fees = zeros(4);
const feeRates = zeros(4);
feeRates.fill(0.001);
for (const t of trades) fees.set(t.asset, Math.abs(t.delta) * feeRates.get(t.asset));

const postTopTwo = book.weights.slice(":2");
console.log("pre-trade:", preTrade.tolist(), "post-trade:", book.weights.tolist());
console.log("top-two after:", postTopTwo.sum(), "fees:", fees.sum(), "trades:", trades.length);
