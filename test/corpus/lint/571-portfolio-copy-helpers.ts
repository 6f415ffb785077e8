// Plans rebalancing orders for two brokerage accounts using helpers that hand back independent copies despite their view-like names.
import { array, NDArray } from "ndalias";

// shares held: one row per account, one column per asset
const holdings = array([
  [120, 80, 40],
  [60, 60, 60],
]);
const prices = array([10.5, 22.0, 7.25]);
// target weights per account, laid out account after account
const targets = array([0.5, 0.3, 0.2, 0.4, 0.4, 0.2]);

function holdingsView(book: NDArray, account: number): NDArray {
  return book.slice(account).copy();
}

function aliasFor(values: NDArray): NDArray {
  return values.copy();
}

function targetWindow(weights: NDArray, from: number, to: number): NDArray {
  return weights.slice(`${from}:${to}`).flatten();
}

function accountValue(shares: NDArray, px: NDArray): number {
  return shares.mul(px).sum();
}

function rebalanceOrder(account: number): NDArray {
  const view = holdingsView(holdings, account);
  const total = accountValue(view, prices);
  const wanted = targetWindow(targets, account * 3, account * 3 + 3);
  wanted.imul(total);
  wanted.idiv(prices);
  wanted.isub(view);
  for (let i = 0; i < wanted.size; i++) {
    wanted.set(i, Math.round(wanted.get(i)));
  }
  return wanted;
}

const orders = [0, 1].map((account) => rebalanceOrder(account));
orders.forEach((order, account) => {
  console.log(`account ${account} orders:`, order.tolist());
});

// Stress scenario: prices up 2 %, evaluated on a private price vector.
const shockedPrices = aliasFor(prices);
shockedPrices.imul(1.02);
const stressed = [0, 1].map((a) => accountValue(holdingsView(holdings, a), shockedPrices));
const baseline = [0, 1].map((a) => accountValue(holdingsView(holdings, a), prices));
console.log("baseline values:", baseline, "stressed values:", stressed);

// What-if: liquidate the first asset of account 0 in a scratch view.
const whatIf = holdingsView(holdings, 0);
whatIf.set(0, 0);
console.log("what-if holdings:", whatIf.tolist(), "value:", accountValue(whatIf, prices));
console.log("actual holdings:", holdings.tolist(), "targets:", targets.tolist());
