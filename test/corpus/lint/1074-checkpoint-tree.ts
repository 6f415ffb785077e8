// Organises model checkpoints as a tree of object-dtype tables with parent pointers, then verifies nothing needs collecting.
// runnable
import { empty, zeros, array, collect, memoryStats, NDArray } from "ndalias";

class Run {
  parent: Run | null = null;
  weights: NDArray;
  constructor(
    readonly tag: string,
    weights: NDArray,
  ) {
    this.weights = weights;
  }

  lineage(): string {
    const tags: string[] = [];
    for (let r: Run | null = this; r; r = r.parent) tags.push(r.tag);
    return tags.join(" <- ");
  }
}

function fork(parent: Run, tag: string, delta: number): Run {
  const w = parent.weights.add(delta);
  const child = new Run(tag, w);
  child.parent = parent;
  return child;
}

function table(entries: NDArray[]): NDArray {
  const t = empty(entries.length, "object");
  entries.forEach((e, i) => t.set(i, e));
  return t;
}

const root = new Run("base", array([0.1, 0.2, 0.3]));
const ft = fork(root, "finetune", 0.05);
const ftLong = fork(ft, "finetune-long", 0.01);
const distilled = fork(root, "distilled", -0.02);
root.parent = null;
console.log(ftLong.lineage());
console.log(distilled.lineage());

const epochTable = table([root.weights, ft.weights, ftLong.weights]);
const archive = empty(3, "object");
archive.set(0, epochTable);
archive.set(1, table([distilled.weights]));
archive.set(2, zeros(3));

// keep a frozen copy of the epoch table inside itself for rollback
const frozen = epochTable.copy();
epochTable.set(0, frozen);

const nested = empty(2, "object");
nested.set(0, archive);
nested.set(1, archive.get(1));

function depth(t: NDArray, seen: number): number {
  let best = seen;
  for (let i = 0; i < t.size; i++) {
    const e: unknown = t.get(i);
    if (e instanceof NDArray && e.dtype === "object" && seen < 8) best = Math.max(best, depth(e, seen + 1));
  }
  return best;
}

function totalWeight(t: NDArray): number {
  let s = 0;
  for (let i = 0; i < t.size; i++) {
    const e: unknown = t.get(i);
    if (e instanceof NDArray) s += e.dtype === "object" ? totalWeight(e) : e.sum();
  }
  return s;
}

console.log("archive depth:", depth(nested, 1), "total weight:", totalWeight(nested).toFixed(3));

const stored = memoryStats().storages;
nested.dispose();
archive.dispose();
epochTable.dispose();
frozen.dispose();
const freed = collect();
console.log(`storages: ${stored} -> ${memoryStats().storages}, freed by collect(): ${freed}`);
console.log("root weights still usable:", JSON.stringify(root.weights.tolist()));
