// Checkpoint lineage: each checkpoint copies its weights and links to its parent; an object-dtype table lists them for export.
import { array, empty, NDArray } from "ndalias";

class Checkpoint {
  readonly weights: NDArray;
  readonly parent: Checkpoint | null;
  sibling: Checkpoint | null = null;
  readonly step: number;

  constructor(weights: NDArray, parent: Checkpoint | null, step: number) {
    this.weights = weights.copy();
    this.parent = parent;
    this.step = step;
  }

  depth(): number {
    let d = 0;
    for (let node = this.parent; node !== null; node = node.parent) d += 1;
    return d;
  }

  distanceTo(other: Checkpoint): number {
    const d = this.weights.sub(other.weights);
    return Math.sqrt(d.mul(d).sum());
  }
}

function branch(from: Checkpoint, delta: NDArray, step: number): Checkpoint {
  const next = from.weights.add(delta);
  return new Checkpoint(next, from, step);
}

function exportTable(nodes: Checkpoint[]): NDArray {
  const table = empty(nodes.length, "object");
  for (let i = 0; i < nodes.length; i++) {
    table.set(i, nodes[i].weights.copy());
  }
  return table;
}

function exportIndex(table: NDArray, steps: number[]): NDArray {
  const index = empty(2, "object");
  index.set(0, table);
  index.set(1, array(steps));
  return index;
}

function lineage(node: Checkpoint): number[] {
  const steps: number[] = [];
  for (let n: Checkpoint | null = node; n !== null; n = n.parent) steps.push(n.step);
  return steps.reverse();
}

// Training writes into its own live buffer; checkpoints copy it.
const live = array([0.5, -0.2, 0.1]);
const root = new Checkpoint(live, null, 0);
live.iadd(array([0.1, 0.1, 0.1]));
const c100 = new Checkpoint(live, root, 100);
live.imul(0.9);
const c200 = new Checkpoint(live, c100, 200);

// Two experimental branches from the same parent, linked as siblings one way each.
const expA = branch(c200, array([0.05, 0, 0]), 250);
const expB = branch(c200, array([0, -0.05, 0]), 250);
const expC = branch(c200, array([0, 0, 0.05]), 250);
expA.sibling = expB;
expB.sibling = expC;

console.log("live weights now:", live.tolist());
console.log("root weights (copied at step 0):", root.weights.tolist());
console.log("depths:", [root, c100, c200, expA].map((c) => c.depth()).join(" "));
console.log("lineage of expC:", lineage(expC).join(" -> "));
console.log("A-B distance:", expA.distanceTo(expB).toFixed(4), "B-C distance:", expB.distanceTo(expC).toFixed(4));

// Sibling walk, starting from the first branch.
for (let s: Checkpoint | null = expA; s !== null; s = s.sibling) {
  console.log(`  sibling at step ${s.step}:`, s.weights.tolist());
}

// Export: the table holds copies, the index holds the table; nothing refers back.
const all = [root, c100, c200, expA, expB, expC];
const table = exportTable(all);
const index = exportIndex(table, all.map((c) => c.step));
const firstExported: NDArray = table.get(0);
firstExported.fill(0);
console.log("exported first entry zeroed:", firstExported.tolist(), "root intact:", root.weights.tolist());
const steps: NDArray = index.get(1);
console.log("exported steps:", steps.tolist());

// Roll back: training resumes from a copy of the best branch's weights.
let best = expA;
for (const c of [expB, expC]) {
  if (c.weights.sum() > best.weights.sum()) best = c;
}
const resumed = best.weights.copy();
resumed.imul(0.5);
console.log("resuming from step", best.step, "with", resumed.tolist());
table.dispose();
index.dispose();
