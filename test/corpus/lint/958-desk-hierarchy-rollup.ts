// Rolls book exposures up a firm > division > desk hierarchy, archives them in object-dtype tables and keeps a circular audit trail.
import { array, empty, zeros, NDArray } from "ndalias";

type Level = "firm" | "division" | "desk";
type ChildLevel<L extends Level> = L extends "firm" ? "division" : L extends "division" ? "desk" : never;

class RiskNode<L extends Level = Level> {
  benchmark: RiskNode | null = null;

  constructor(
    readonly id: string,
    readonly level: L,
    readonly exposure: NDArray,
    readonly parent: RiskNode | null = null,
  ) {}

  child<C extends ChildLevel<L>>(id: string, level: C, exposure: NDArray = zeros(4)): RiskNode<C> {
    return new RiskNode(id, level, exposure, this);
  }

  get path(): string {
    return this.parent ? `${this.parent.path}/${this.id}` : this.id;
  }

  trackingError(): number {
    if (!this.benchmark) return 0;
    const diff = this.exposure.sub(this.benchmark.exposure);
    return Math.sqrt(diff.mul(diff).sum());
  }
}

class AuditEntry {
  next: AuditEntry = this;
  constructor(
    readonly message: string,
    readonly gross: number,
  ) {}
}

function appendAudit(head: AuditEntry, entry: AuditEntry): void {
  entry.next = head.next;
  head.next = entry;
}

function rollUp(nodes: readonly RiskNode[]): Map<RiskNode, NDArray> {
  const totals = new Map<RiskNode, NDArray>();
  for (const node of nodes) {
    for (let n: RiskNode | null = node; n; n = n.parent) {
      const prev = totals.get(n);
      totals.set(n, prev ? prev.add(node.exposure) : node.exposure.copy());
    }
  }
  return totals;
}

function archiveTable(nodes: readonly RiskNode[], totals: ReadonlyMap<RiskNode, NDArray>): NDArray {
  const table = empty(nodes.length, "object");
  nodes.forEach((node, i) => {
    table.set(i, totals.get(node) ?? zeros(4));
  });
  return table;
}

const firm = new RiskNode("ACME", "firm", zeros(4));
const markets = firm.child("markets", "division");
const treasury = firm.child("treasury", "division");
const rates = markets.child("rates", "desk", array([12e6, -3e6, 8e6, 1e6]));
const credit = markets.child("credit", "desk", array([2e6, 5e6, -1e6, 0]));
const alm = treasury.child("alm", "desk", array([-10e6, 1e6, -6e6, 4e6]));

const index = new RiskNode("AGG-index", "desk", array([10e6, 0, 7e6, 2e6]));
rates.benchmark = index;
credit.benchmark = index;

const nodes: readonly RiskNode[] = [firm, markets, treasury, rates, credit, alm];
const totals = rollUp(nodes);

const head = new AuditEntry("start of day", 0);
for (const node of nodes) {
  const total = totals.get(node);
  const gross = total ? Math.sqrt(total.mul(total).sum()) : 0;
  appendAudit(head, new AuditEntry(`rolled ${node.path}`, gross));
  console.log(`${node.path.padEnd(24)} ${node.level.padEnd(8)} net=${(total?.sum() ?? 0).toExponential(2)}`);
}

const dailyArchive = archiveTable(nodes, totals);
const history = empty(2, "object");
history.set(0, dailyArchive);
history.set(1, index.exposure);

console.log("rates tracking error vs index:", rates.trackingError().toExponential(2));
console.log("credit tracking error vs index:", credit.trackingError().toExponential(2));
console.log("archived entries:", dailyArchive.size, "history slots:", history.size);

let count = 0;
for (let e = head.next; e !== head; e = e.next) count += 1;
console.log("audit trail entries:", count, "desk exposures intact:", rates.exposure.sum(), alm.exposure.sum());
