// Rebalances a portfolio towards its target weights, accrues daily growth and reports trades, tracking gap and the equity sleeve.
import { array, NDArray } from "ndalias";

interface Benchmark {
  name: string;
  weights: NDArray;
}

interface Portfolio {
  holdings: NDArray; // units held per asset
  target?: NDArray; // desired weights, summing to 1
  benchmark?: Benchmark;
  cap?: number;
}

function marketValue(p: Portfolio, prices: NDArray): NDArray {
  return p.holdings.mul(prices);
}

function currentWeights(p: Portfolio, prices: NDArray): NDArray {
  const value = marketValue(p, prices);
  return value.div(value.sum());
}

export function desiredWeights(p: Portfolio, prices: NDArray): NDArray {
  let weights: NDArray;
  if (p.target) {
    weights = p.target;
  } else {
    weights = currentWeights(p, prices);
  }
  const total = weights.sum();
  if (Math.abs(total - 1) > 1e-9) {
    weights.idiv(total); // expect: no-alias-mutation
  }
  return weights;
}

export function cappedWeights(w: NDArray, cap = 1): NDArray {
  const capped = w.copy();
  for (let i = 0; i < capped.size; i++) {
    if (capped.get(i) > cap) capped.set(i, cap);
  }
  return capped.div(capped.sum());
}

export function trackingGap(p: Portfolio, prices: NDArray): number {
  const bench = p.benchmark?.weights;
  if (!bench) return 0;
  const diff = currentWeights(p, prices).sub(bench);
  return Math.sqrt(diff.mul(diff).sum());
}

export function tradesFor(p: Portfolio, prices: NDArray): NDArray {
  const desired = cappedWeights(desiredWeights(p, prices), p.cap ?? 1);
  const totalValue = marketValue(p, prices).sum();
  const targetUnits = desired.mul(totalValue).div(prices);
  targetUnits.isub(p.holdings);
  return targetUnits;
}

function settle(p: Portfolio, trades: NDArray): void {
  p.holdings.iadd(trades);
}

const prices = array([50, 20, 10, 100]);
const book: Portfolio = {
  holdings: array([10, 30, 40, 2]),
  target: array([0.3, 0.3, 0.2, 0.1]),
  cap: 0.35,
};
const shadow: Portfolio = {
  holdings: book.holdings.copy(),
  benchmark: { name: "equal", weights: array([0.25, 0.25, 0.25, 0.25]) },
};

console.log("equity units before:", book.holdings.slice(":2").tolist());
const trades = tradesFor(book, prices);
console.log("trades:", trades.tolist());
settle(book, trades);
console.log("target after planning:", book.target?.tolist());
console.log("holdings after settle:", book.holdings.tolist());
console.log("shadow gap vs", shadow.benchmark?.name, trackingGap(shadow, prices).toFixed(4));

// Accrue 1% growth per trading day and watch the equity sleeve from the first day on.
let sleeve: NDArray | undefined;
for (let day = 0; day < 3; day++) {
  if (day === 0) {
    sleeve = book.holdings.slice(":2");
  } else {
    book.holdings.imul(1.01); // expect: no-view-mutation
  }
  console.log(`day ${day} sleeve units:`, sleeve?.sum().toFixed(2));
}

// The shadow book grows the same way, but its report is a copy taken before growth.
const shadowReport = shadow.holdings.slice(":2").copy();
for (let day = 1; day < 3; day++) {
  shadow.holdings.imul(1.01);
}
console.log("shadow sleeve at open:", shadowReport.tolist(), "now:", shadow.holdings.slice(":2").tolist());
console.log("book value:", marketValue(book, prices).sum().toFixed(2));
