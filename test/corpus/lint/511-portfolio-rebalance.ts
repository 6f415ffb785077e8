// Portfolio rebalancing: projects weights onto a gross-exposure budget, measures turnover against a target and applies the rebalance.
import { array, NDArray } from "ndalias";

class Portfolio {
  weights: NDArray;
  cash = 0;

  constructor(readonly symbols: string[], initial: NDArray) {
    this.weights = initial.copy();
  }

  grossExposure(): number {
    let gross = 0;
    for (let i = 0; i < this.weights.size; i++) {
      gross += Math.abs(this.weights.get(i));
    }
    return gross;
  }

  netExposure(): number {
    return this.weights.sum();
  }

  projected(budget: number): NDArray {
    const w = this.weights;
    const scale = budget / this.grossExposure();
    w.imul(scale); // expect: no-alias-mutation
    return w;
  }

  describe(): string {
    return this.symbols
      .map((s, i) => `${s}=${(this.weights.get(i) * 100).toFixed(1)}%`)
      .join(" ");
  }
}

function turnover(p: Portfolio, target: NDArray): number {
  p.weights.isub(target); // expect: no-alias-mutation
  let traded = 0;
  for (let i = 0; i < p.weights.size; i++) {
    traded += Math.abs(p.weights.get(i));
  }
  return traded / 2;
}

function trackingGap(p: Portfolio, target: NDArray): number {
  const gap = p.weights.sub(target);
  return Math.sqrt(gap.mul(gap).sum());
}

function applyRebalance(p: Portfolio, target: NDArray): void {
  p.weights.assign(":", target);
  p.cash = 1 - p.weights.sum();
}

const book = new Portfolio(["SPY", "TLT", "GLD", "EEM"], array([0.45, 0.3, 0.15, 0.1]));
console.log("start:", book.describe(), "net:", book.netExposure().toFixed(2));

const levered = book.projected(1.5);
console.log("levered preview:", levered.tolist());

const target = array([0.4, 0.35, 0.15, 0.1]);
console.log("tracking gap:", trackingGap(book, target).toFixed(4));
console.log("turnover:", turnover(book, target).toFixed(4));

applyRebalance(book, target);
console.log("after rebalance:", book.describe(), "cash:", book.cash.toFixed(2));
