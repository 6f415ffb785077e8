// Rebalances a multi-account portfolio toward target weights, reporting trades, currency-adjusted bases and drift.
import { array, zeros, NDArray } from "ndalias";

type Result<T> = { ok: true; value: T } | { ok: false; error: string };

interface Account {
  name: string;
  currency: "USD" | "EUR";
  holdings: NDArray;
  costBasis: NDArray;
}

const TICKERS = ["EQ", "BOND", "GOLD", "CASH"];
const FX_TO_USD: Record<Account["currency"], number> = { USD: 1, EUR: 1.08 };

function weightsOf(holdings: NDArray): NDArray {
  let w: NDArray = holdings;
  w = w.div(w.sum());
  return w;
}

function rebalanceTrades(holdings: NDArray, target: NDArray, tolerance: number): Result<NDArray> {
  if (holdings.size !== target.size) {
    return { ok: false, error: `expected ${holdings.size} target weights, got ${target.size}` };
  }
  const total = holdings.sum();
  const trades = target.mul(total);
  trades.isub(holdings);
  for (let i = 0; i < trades.size; i++) {
    if (Math.abs(trades.get(i)) < tolerance * total) trades.set(i, 0);
  }
  return { ok: true, value: trades };
}

function basisInUsd(account: Account, useMarketValue: boolean): NDArray {
  const basis = useMarketValue ? account.holdings.copy() : account.costBasis.copy();
  basis.imul(FX_TO_USD[account.currency]);
  return basis;
}

function drift(holdings: NDArray, target: NDArray): number {
  const diff = weightsOf(holdings).sub(target);
  return Math.sqrt(diff.mul(diff).sum());
}

function consolidate(accounts: Account[]): NDArray {
  const total = zeros(TICKERS.length);
  for (const account of accounts) {
    total.iadd(account.holdings.mul(FX_TO_USD[account.currency]));
  }
  return total;
}

function formatRow(values: NDArray): string {
  const cells: string[] = [];
  for (let i = 0; i < values.size; i++) cells.push(`${TICKERS[i]} ${values.get(i).toFixed(1)}`);
  return cells.join(" | ");
}

const accounts: Account[] = [
  { name: "brokerage", currency: "USD", holdings: array([6200, 2100, 900, 800]), costBasis: array([5000, 2200, 700, 800]) },
  { name: "retirement", currency: "USD", holdings: array([11000, 6400, 0, 600]), costBasis: array([8000, 6500, 0, 600]) },
  { name: "euro-savings", currency: "EUR", holdings: array([1500, 3000, 400, 2500]), costBasis: array([1400, 3100, 350, 2500]) },
];
const targets = [array([0.6, 0.3, 0.05, 0.05]), array([0.5, 0.4, 0.05, 0.05]), array([0.3, 0.4, 0.1, 0.2])];

const conservative = targets[2];
targets[0].imul(1);
targets[1].set(3, 0.05);
console.log("conservative target:", formatRow(conservative));

const byName = (name: string): Account | undefined => accounts.find((a) => a.name === name);

const retirement = byName("retirement");
if (retirement) {
  const plan = rebalanceTrades(retirement.holdings, targets[1], 0.01);
  if (plan.ok) {
    const trades = plan.value;
    console.log("retirement trades:", formatRow(trades));
    const after = retirement.holdings.add(trades);
    console.log("retirement after:", formatRow(after), "drift", drift(after, targets[1]).toFixed(4));
  } else {
    console.log("cannot rebalance:", plan.error);
  }
  console.log("retirement holdings unchanged:", formatRow(retirement.holdings));
}

const lastAccount = accounts.at(-1);
if (lastAccount) {
  const usdBasis = basisInUsd(lastAccount, false);
  const usdMarket = basisInUsd(lastAccount, true);
  const gains = usdMarket.copy();
  gains.isub(usdBasis);
  console.log(`${lastAccount.name} gains in USD:`, formatRow(gains));
}

const combined = consolidate(accounts);
const weights = weightsOf(combined);
weights.imul(100);
console.log("combined weights (%):", formatRow(weights), "combined total:", combined.sum().toFixed(0));

const stressed = accounts.map((a) => a.holdings.copy());
stressed[0].slice(0).imul(0.7);
stressed[1].slice(0).imul(0.7);
stressed[2].slice(0).imul(0.7);
for (let i = 0; i < accounts.length; i++) {
  console.log(`${accounts[i].name}: drift now ${drift(accounts[i].holdings, targets[i]).toFixed(4)}, ` +
    `after equity shock ${drift(stressed[i], targets[i]).toFixed(4)}`);
}

const brokerage = accounts[0];
brokerage.holdings.set(3, brokerage.holdings.get(3) + 500);
console.log("brokerage after cash deposit:", formatRow(brokerage.holdings), "drift",
  drift(brokerage.holdings, targets[0]).toFixed(4));

const mismatch = rebalanceTrades(brokerage.holdings, array([1]), 0.01);
console.log(mismatch.ok ? "unexpected plan" : `rejected: ${mismatch.error}`);
