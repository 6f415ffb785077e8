// Portfolio book that copies every array it receives or hands out, rebalanced while the caller keeps editing its own arrays.
import { array, zeros, NDArray } from "ndalias";

class Portfolio {
  private _holdings: NDArray;
  private _prices: NDArray;
  private _targets: NDArray;
  private trades = 0;

  constructor(holdings: NDArray, prices: NDArray, targets: NDArray) {
    this._holdings = holdings.copy();
    this._prices = prices.copy();
    this._targets = targets.copy();
  }

  get holdings(): NDArray {
    return this._holdings.copy();
  }

  set holdings(next: NDArray) {
    this._holdings = next.copy();
  }

  get prices(): NDArray {
    return this._prices.copy();
  }

  updatePrices(prices: NDArray): void {
    this._prices = prices.copy();
  }

  value(): number {
    return this._holdings.mul(this._prices).sum();
  }

  weights(): NDArray {
    const w = this._holdings.mul(this._prices);
    w.idiv(w.sum());
    return w;
  }

  rebalance(): number {
    const total = this.value();
    const desired = this._targets.mul(total);
    desired.idiv(this._prices);
    const delta = desired.sub(this._holdings);
    let turnover = 0;
    for (let i = 0; i < delta.size; i++) {
      turnover += Math.abs(delta.get(i)) * this._prices.get(i);
    }
    this._holdings.assign(":", desired);
    this.trades += 1;
    return turnover;
  }

  tradeCount(): number {
    return this.trades;
  }
}

function formatMix(w: NDArray): string {
  const parts: string[] = [];
  for (let i = 0; i < w.size; i++) {
    parts.push(`${(w.get(i) * 100).toFixed(1)}%`);
  }
  return parts.join(" / ");
}

const startHoldings = array([10, 5, 20]);
const marketPrices = array([100, 250, 40]);
const targetMix = array([0.5, 0.3, 0.2]);

const book = new Portfolio(startHoldings, marketPrices, targetMix);
console.log("opening value:", book.value(), "mix:", formatMix(book.weights()));

// The caller moves its own price vector; the book keeps the prices it copied.
marketPrices.imul(1.05);
console.log("caller prices:", marketPrices.tolist(), "book prices:", book.prices.tolist());

// The caller edits its own target mix after handing it over.
targetMix.assign(":", array([0.4, 0.4, 0.2]));
console.log("caller targets:", targetMix.tolist());

book.updatePrices(marketPrices);
const turnover = book.rebalance();
console.log("turnover:", turnover.toFixed(2), "trades:", book.tradeCount());

// Scratch edits on the getter's result never reach the book.
const scenario = book.holdings;
scenario.set(0, 0);
scenario.imul(2);
console.log("scenario holdings:", scenario.tolist(), "scenario value:", scenario.mul(book.prices).sum());
console.log("book value unchanged:", book.value());

// The setter copies too, so the caller can keep mutating its array.
book.holdings = startHoldings;
startHoldings.set(2, 0);
startHoldings.iadd(1);
console.log("caller holdings:", startHoldings.tolist());
console.log("book holdings:", book.holdings.tolist(), "book value:", book.value());

const stressed = zeros(3);
stressed.assign(":", book.prices);
stressed.imul(0.7);
console.log("stressed prices:", stressed.tolist(), "stressed value:", book.holdings.mul(stressed).sum());
