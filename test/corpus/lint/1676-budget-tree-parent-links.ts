// Builds a hierarchy of cost-centre budgets where each node points only to its parent, inherits plans from parents and rolls totals up.
import { array, zeros, NDArray } from "ndalias";

class BudgetNode {
  readonly childIds: number[] = [];
  constructor(
    readonly id: number,
    readonly name: string,
    public budget: NDArray,
    readonly parent: BudgetNode | null,
  ) {}

  depth(): number {
    let d = 0;
    for (let p = this.parent; p !== null; p = p.parent) d++;
    return d;
  }

  path(): string {
    const parts: string[] = [];
    for (let p: BudgetNode | null = this; p !== null; p = p.parent) parts.unshift(p.name);
    return parts.join(" / ");
  }
}

const registry = new Map<number, BudgetNode>();

function addNode(name: string, parentId: number | null, quarterly: number[]): BudgetNode {
  const parent = parentId === null ? null : registry.get(parentId) ?? null;
  const node = new BudgetNode(registry.size, name, array(quarterly), parent);
  registry.set(node.id, node);
  if (parent !== null) parent.childIds.push(node.id);
  return node;
}

function inheritPlan(name: string, parentId: number, adjustment: number): BudgetNode {
  const parent = registry.get(parentId);
  if (parent === undefined) throw new Error(`unknown parent ${parentId}`);
  const plan = parent.budget.copy();
  plan.imul(adjustment);
  const node = new BudgetNode(registry.size, name, plan, parent);
  registry.set(node.id, node);
  parent.childIds.push(node.id);
  return node;
}

function applyInflation(node: BudgetNode, rate: number): void {
  node.budget.imul(1 + rate);
}

function rollUp(): Map<number, NDArray> {
  const totals = new Map<number, NDArray>();
  const order = [...registry.values()].sort((a, b) => b.depth() - a.depth());
  for (const node of order) {
    const own = totals.get(node.id) ?? zeros(node.budget.size);
    const total = own.add(node.budget);
    totals.set(node.id, total);
    if (node.parent !== null) {
      const before = totals.get(node.parent.id) ?? zeros(node.budget.size);
      totals.set(node.parent.id, before.add(total));
    }
  }
  return totals;
}

function overBudget(totals: Map<number, NDArray>, limit: number): string[] {
  const flagged: string[] = [];
  for (const [id, total] of totals) {
    if (total.max() > limit) flagged.push(registry.get(id)!.path());
  }
  return flagged;
}

const company = addNode("company", null, [10, 10, 10, 10]);
const research = addNode("research", company.id, [40, 42, 45, 50]);
const sales = addNode("sales", company.id, [30, 35, 30, 45]);
const lab = inheritPlan("lab", research.id, 0.5);
const field = inheritPlan("field", sales.id, 0.25);
addNode("tooling", lab.id, [5, 5, 8, 8]);

// Research's plan was revised after the lab inherited it; the lab keeps its own copy.
research.budget.iadd(array([0, 5, 5, 10]));
console.log("research plan:", research.budget.tolist(), "lab plan:", lab.budget.tolist());

for (const node of registry.values()) {
  if (node.depth() >= 2) applyInflation(node, 0.03);
}

const totals = rollUp();
for (const node of registry.values()) {
  const total = totals.get(node.id)!;
  console.log(`${"  ".repeat(node.depth())}${node.name}: ${total.sum().toFixed(1)}`, total.tolist());
}
console.log("over 60 in a quarter:", overBudget(totals, 60));
console.log("field share of sales:", (field.budget.sum() / sales.budget.sum()).toFixed(3));
