// Portfolio service with an injected price feed and rebalancer: measures turnover, tracks price drift and prints allocations.
import { array, zeros, NDArray } from "ndalias";

class Portfolio {
  weights: NDArray;
  readonly tickers: string[];

  constructor(tickers: string[], weights: number[]) {
    this.tickers = tickers;
    this.weights = array(weights);
  }

  allocation(): string {
    return this.tickers.map((t, i) => `${t}:${(100 * Number(this.weights.get(i))).toFixed(1)}%`).join(" ");
  }
}

class PriceFeed {
  prices: NDArray;

  constructor(
    initial: number[],
    private readonly window: number,
  ) {
    this.prices = array(initial);
  }

  // Replaces the price history and returns how much the recent average moved.
  update(latest: NDArray): number {
    const previous = this.prices.slice(`-${this.window}:`);
    this.prices.assign(":", latest); // expect: no-view-mutation
    return this.prices.slice(`-${this.window}:`).mean() - previous.mean();
  }

  lastPrice(): number {
    return Number(this.prices.get(this.prices.size - 1));
  }
}

class Rebalancer {
  constructor(private readonly maxTurnover: number) {}

  // Computes the turnover of moving a portfolio to the target weights.
  turnover(portfolio: Portfolio, target: NDArray): number {
    const current = portfolio.weights;
    const diff = target.sub(current);
    let total = 0;
    for (let i = 0; i < diff.size; i++) total += Math.abs(Number(diff.get(i)));
    current.assign(":", target); // expect: no-alias-mutation
    return total / 2;
  }

  // Moves the portfolio to the target when the turnover is acceptable.
  apply(portfolio: Portfolio, target: NDArray): void {
    const diff = target.sub(portfolio.weights);
    if (diff.mul(diff).sum() < this.maxTurnover) {
      portfolio.weights.assign(":", target);
    }
  }
}

class RiskReport {
  constructor(private readonly feeds: Map<string, PriceFeed>) {}

  exposure(portfolio: Portfolio): number {
    const values = zeros(portfolio.tickers.length);
    portfolio.tickers.forEach((t, i) => {
      values.set(i, this.feeds.get(t)?.lastPrice() ?? 0);
    });
    values.imul(portfolio.weights);
    return values.sum();
  }
}

const portfolio = new Portfolio(["AAA", "BBB", "CCC"], [0.5, 0.3, 0.2]);
const feeds = new Map<string, PriceFeed>([
  ["AAA", new PriceFeed([101, 102, 104, 103, 105], 3)],
  ["BBB", new PriceFeed([50, 49, 51, 52, 52], 3)],
  ["CCC", new PriceFeed([20, 21, 20, 19, 18], 3)],
]);
const rebalancer = new Rebalancer(0.05);
const risk = new RiskReport(feeds);

console.log("start:", portfolio.allocation(), "exposure:", risk.exposure(portfolio).toFixed(2));

const target = array([0.4, 0.4, 0.2]);
const cost = rebalancer.turnover(portfolio, target);
console.log(`turnover to target: ${(100 * cost).toFixed(1)}%`);
console.log("after the turnover query:", portfolio.allocation());

const drift = feeds.get("AAA")?.update(array([104, 106, 107, 108, 110])) ?? 0;
console.log("AAA drift:", drift.toFixed(2));

rebalancer.apply(portfolio, array([0.45, 0.35, 0.2]));
console.log("end:", portfolio.allocation(), "exposure:", risk.exposure(portfolio).toFixed(2));
