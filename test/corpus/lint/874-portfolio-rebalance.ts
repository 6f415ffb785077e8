// Rebalances a small portfolio: reports current weights, simulates an equity sale, and prints the trades needed to reach the targets.
// runnable
import { array, NDArray } from "ndalias";

// dollar value held in each asset: 3 equity funds, 1 bond fund, 1 cash account
const holdings = array([12000, 3000, 8000, 2000, 5000]);
const targets = array([0.3, 0.1, 0.3, 0.1, 0.2]);
const assetNames = ["EQ-US", "EQ-EU", "EQ-EM", "BOND", "CASH"];

// current weight of each asset (fresh array, does not touch the input)
function weightsOf(values: NDArray): NDArray {
  const total = values.sum();
  return values.div(total);
}

function printTable(title: string, values: NDArray): void {
  console.log(title);
  for (let i = 0; i < values.size; i++) {
    console.log("  ", assetNames[i], values.get(i).toFixed(3));
  }
}

const portfolioTotal = holdings.sum();
const currentWeights = weightsOf(holdings);
printTable("current weights", currentWeights);

// weights capped at 35% for the risk report (copy so currentWeights stays as is)
const capped = currentWeights.copy();
for (let i = 0; i < capped.size; i++) {
  if (capped.get(i) > 0.35) {
    capped.set(i, 0.35);
  }
}
printTable("capped weights (risk report)", capped);

// the equity funds are the first three assets
const equities = holdings.slice("0:3");
const equityValue = equities.sum();
console.log("equity value:", equityValue);

// what-if: sell 10% of every equity position
equities.imul(0.9); // expect: no-view-mutation
const equityAfterSale = equities.sum();
console.log("equity value after a 10% sale:", equityAfterSale);
console.log("cash raised:", equityValue - equityAfterSale);

// trades needed to reach the target weights: target value minus current value
const targetValues = targets.mul(portfolioTotal);
const trades = targetValues.sub(holdings);

// round the trades to whole dollars before sending them to the broker
const roundedTrades = trades.copy();
for (let i = 0; i < trades.size; i++) {
  roundedTrades.set(i, Math.round(trades.get(i))); // expect: no-lost-write
}

// send the trades (positive = buy, negative = sell)
const orders: string[] = [];
for (let i = 0; i < trades.size; i++) {
  const amount = trades.get(i);
  if (Math.abs(amount) < 1) {
    continue;
  }
  orders.push(`${amount > 0 ? "BUY" : "SELL"} ${assetNames[i]} ${Math.abs(amount).toFixed(2)}`);
}
console.log("orders:");
for (const line of orders) {
  console.log("  ", line);
}

// turnover = half the sum of absolute trades, relative to the portfolio
let absSum = 0;
for (let i = 0; i < trades.size; i++) {
  absSum += Math.abs(trades.get(i));
}
console.log("turnover:", (absSum / 2 / portfolioTotal).toFixed(4));
