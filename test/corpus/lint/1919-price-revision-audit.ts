// Quarterly price revision with an audit trail: snapshots are copied before each revision and shelf labels are taken once prices settle.
import { array, NDArray } from "ndalias";

interface AuditEntry {
  label: string;
  prices: NDArray;
}

class AuditTrail {
  static readonly entries: AuditEntry[] = [];

  static record(label: string, prices: NDArray): void {
    AuditTrail.entries.push({ label, prices: prices.copy() });
  }

  static drift(): number {
    if (AuditTrail.entries.length < 2) {
      return 0;
    }
    const first = AuditTrail.entries[0].prices;
    const last = AuditTrail.entries[AuditTrail.entries.length - 1].prices;
    return last.sub(first).mean();
  }
}

function quarterlyIndex(base: number[], uplift: number): number {
  const list = array(base);
  const revised = list;
  console.log(`list mean before the uplift: ${list.mean().toFixed(3)}`);
  revised.imul(uplift);
  revised.iadd(0.01);
  return revised.sum() / base.length;
}

function labelText(names: string[], prices: NDArray): string[] {
  return names.map((n, i) => `${n.toUpperCase()} ${Number(prices.get(i)).toFixed(2)}`);
}

const names = ["rice", "lentils", "oats", "honey", "tea"];
const prices = array([1.8, 1.35, 1.1, 4.6, 2.9]);

// snapshot first, then revise the live book
const beforeRevision = prices.copy();
AuditTrail.record("Q1 list", prices);
prices.imul(1.03);
AuditTrail.record("Q2 list", prices);
console.log("before:", beforeRevision.tolist());
console.log("after: ", prices.tolist());

// the published list is printed before the clearance markdown is applied
const published = prices;
console.log("published list:", published.tolist(), "mean", published.mean());
const cleared = prices.copy();
cleared.imul(0.7);
console.log("clearance candidates:", cleared.tolist());

// rounding happens on the book itself; shelf labels are taken afterwards
for (let i = 0; i < prices.size; i++) {
  prices.set(i, Math.round(prices.get(i) * 20) / 20);
}
const shelfLabels = prices;
const topShelf = prices.slice(":2");
console.log("shelf labels:", labelText(names, shelfLabels).join(" | "));
console.log("top shelf:", topShelf.tolist());
AuditTrail.record("Q2 rounded", shelfLabels);

// a branch receives its own revised list
const branchList = prices.copy();
branchList.iadd(0.05);
console.log("branch list:", branchList.tolist());

const index = quarterlyIndex([1.8, 1.35, 1.1, 4.6, 2.9], 1.025);
console.log(`quarterly index: ${index.toFixed(3)}`);

for (const entry of AuditTrail.entries) {
  console.log(`${entry.label}: ${(entry.prices.tolist() as number[]).join(", ")}`);
}
console.log(`average drift since Q1: ${AuditTrail.drift().toFixed(3)}`);
console.log("Q1 snapshot still reads:", beforeRevision.tolist());

const entryCount = AuditTrail.entries.length;
console.log(`${entryCount} audit entries kept for the quarter`);
