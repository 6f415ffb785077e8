// Portfolio rebalancer: reports the current allocation, rebalances the holdings towards target weights and logs a snapshot after each change.
import { array, zeros, NDArray } from "ndalias";

const TICKERS = ["VTI", "VXUS", "BND", "GLD", "CASH"];
const prices = array([231.4, 58.2, 72.9, 182.5, 1.0]);
const snapshots: { label: string; units: NDArray }[] = [];

function values(units: NDArray): NDArray {
  return units.mul(prices);
}

function weightsOf(units: NDArray): NDArray {
  const v = values(units);
  v.idiv(v.sum());
  return v;
}

function record(label: string, units: NDArray): void {
  snapshots.push({ label, units: units.copy() });
}

function targetUnits(total: number, target: NDArray): NDArray {
  const units = target.mul(total);
  units.idiv(prices);
  for (let i = 0; i < units.size - 1; i++) {
    units.set(i, Math.floor(units.get(i)));
  }
  return units;
}

function format(w: NDArray): string {
  return (w.tolist() as number[]).map((x, i) => `${TICKERS[i]} ${(100 * x).toFixed(1)}%`).join(", ");
}

let holdings = array([40, 120, 60, 10, 2500]);
record("opening", holdings);

const equities = holdings.slice(":2");
const current = holdings;
console.log("equity units:", equities.tolist(), "equity value:", equities.mul(prices.slice(":2")).sum());
console.log("allocation:", format(weightsOf(current)));

const deposit = 5000;
holdings.set(4, holdings.get(4) + deposit);
holdings.set(4, holdings.get(4) - 25);
const cash = holdings.slice(4);
console.log("cash after deposit and fee:", cash.get());
record("deposit", holdings);

let target: NDArray = array([4, 2, 3, 1, 0]);
target = target.div(target.sum());
target.set(4, 0.02);
target.imul(1 / target.sum());

const total = values(holdings).sum();
const desired = targetUnits(total, target);
const trades = desired.sub(holdings);
const tradeCost = values(trades).sum();
desired.set(4, desired.get(4) - tradeCost);

holdings = desired;
record("rebalanced", holdings);

let front = zeros(TICKERS.length);
let back = zeros(TICKERS.length);
for (let day = 0; day < 3; day++) {
  const drift = array([1.01, 0.995, 1.001, 1.02, 1.0]).add(day * 0.001);
  back.assign(":", weightsOf(holdings).mul(drift));
  back.idiv(back.sum());
  [front, back] = [back, front];
}
console.log("drifted weights:", format(front));

const reportView = holdings.reshape(1, TICKERS.length);
console.log("rebalanced row:", reportView.tolist(), "trades:", trades.tolist());
for (const s of snapshots) {
  console.log(`${s.label.padEnd(10)} ${format(weightsOf(s.units))}`);
}
console.log("target:", format(target));
const cashShare = weightsOf(holdings).get(4);
console.log("cash share after rebalance:", (100 * cashShare).toFixed(2), "%");
