// Rebalances a few brokerage accounts towards target weights: reinvests dividends, computes trades, applies them and prints a turnover report.
import { array, NDArray } from "ndalias";

interface Account {
  name: string;
  holdings: NDArray;
  cash: number;
}

const PRICES = array([101.2, 54.3, 230.0, 12.5]);
const DIVIDEND_YIELD = array([0.004, 0.0, 0.011, 0.0]);
const LOT_SIZE = 1;

function normalise(weights: NDArray): NDArray {
  weights.idiv(weights.sum()); // expect: no-alias-mutation
  return weights;
}

function marketValue(acc: Account): NDArray {
  return acc.holdings.mul(PRICES);
}

function currentWeights(acc: Account): NDArray {
  const value = marketValue(acc);
  return value.div(value.sum() + acc.cash);
}

function tradesFor(acc: Account, target: NDArray): NDArray {
  const total = marketValue(acc).sum() + acc.cash;
  const desired = target.mul(total).div(PRICES);
  desired.isub(acc.holdings);
  for (let i = 0; i < desired.size; i++) {
    desired.set(i, Math.trunc(desired.get(i) / LOT_SIZE) * LOT_SIZE);
  }
  return desired;
}

function applyTrades(acc: Account, trade: NDArray): void {
  acc.cash -= trade.mul(PRICES).sum();
  acc.holdings.iadd(trade);
}

function turnover(before: NDArray, after: NDArray): number {
  const diff = after.sub(before);
  let total = 0;
  for (let i = 0; i < diff.size; i++) total += Math.abs(diff.get(i));
  return total / 2;
}

const accounts: Account[] = [
  { name: "growth", holdings: array([40, 10, 30, 100]), cash: 1500 },
  { name: "income", holdings: array([10, 80, 5, 400]), cash: 250 },
  { name: "starter", holdings: array([2, 3, 0, 20]), cash: 4000 },
];

const target = normalise(array([4, 3, 2, 1]));
console.log("target weights:", target.tolist());

// Dividends are paid in shares, so holdings grow by the yield of each asset.
accounts.forEach((acc) => {
  acc.holdings.copy().imul(DIVIDEND_YIELD.add(1)); // expect: no-lost-write
});

// Fractional positions from earlier splits are rounded down in place.
accounts.forEach((acc) => {
  for (let i = 0; i < acc.holdings.size; i++) {
    acc.holdings.set(i, Math.floor(acc.holdings.get(i)));
  }
});

const report = new Map<string, { before: NDArray; after: NDArray; trade: NDArray }>();
for (const acc of accounts) {
  const before = currentWeights(acc);
  const trade = tradesFor(acc, target);
  applyTrades(acc, trade);
  report.set(acc.name, { before, after: currentWeights(acc), trade });
}

for (const [name, entry] of report) {
  console.log(`${name}: trade`, entry.trade.tolist(), "turnover", turnover(entry.before, entry.after).toFixed(3));
  console.log("  weights after:", entry.after.tolist());
}

const allHoldings = accounts.map((a) => a.holdings.copy());
const firmWide = allHoldings.reduce((acc, h) => acc.add(h));
console.log("firm-wide holdings:", firmWide.tolist());
console.log("cash left:", accounts.map((a) => a.cash.toFixed(2)));
