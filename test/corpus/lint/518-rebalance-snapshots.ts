// Quarterly rebalance with reporting snapshots: weights are copied before each change so the report can compare before and after.
import { array, NDArray } from "ndalias";

class SnapshotLog {
  private readonly entries: { label: string; weights: NDArray }[] = [];

  record(label: string, weights: NDArray): void {
    this.entries.push({ label, weights: weights.copy() });
  }

  turnoverBetween(a: number, b: number): number {
    const diff = this.entries[b].weights.sub(this.entries[a].weights);
    let traded = 0;
    for (let i = 0; i < diff.size; i++) traded += Math.abs(diff.get(i));
    return traded / 2;
  }

  labels(): string[] {
    return this.entries.map((e) => e.label);
  }
}

const symbols = ["VTI", "VEA", "BND", "GLD"];
const holdings = array([0.25, 0.25, 0.25, 0.25]);
const log = new SnapshotLog();
log.record("Q1 open", holdings);

// Drift over the quarter; keep an untouched copy for the report first.
const beforeDrift = holdings.copy();
holdings.imul(array([1.08, 1.03, 0.99, 1.05]));
holdings.idiv(holdings.sum());
log.record("Q1 close", holdings);
console.log("drift:", holdings.sub(beforeDrift).tolist());

// Rebalance back to target and snapshot the result.
const target = array([0.4, 0.2, 0.3, 0.1]);
const preTrade = holdings.copy();
holdings.assign(":", target);
const postTrade = holdings;
const equityLeg = holdings.slice(":2");
log.record("Q2 open", postTrade);

console.log("pre-trade:", preTrade.tolist());
console.log("post-trade:", postTrade.tolist(), "equity sleeve:", equityLeg.sum().toFixed(2));
symbols.forEach((s, i) => {
  console.log(s, (preTrade.get(i) * 100).toFixed(1), "->", (postTrade.get(i) * 100).toFixed(1));
});
console.log(log.labels().join(" | "), "turnover Q1->Q2:", log.turnoverBetween(1, 2).toFixed(4));
