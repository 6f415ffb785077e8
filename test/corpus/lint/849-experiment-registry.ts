// Keeps an object-dtype registry of experiment runs (metric arrays and nested sub-registries), archives it and prints a summary.
import { array, empty, NDArray } from "ndalias";

const SLOT = { parent: 0, metrics: 1, best: 2 } as const;
const FIRST_CHILD = 3;
const REGISTRY_SIZE = 6;
type SlotName = keyof typeof SLOT;

function makeRegistry(): NDArray {
  const reg = empty(REGISTRY_SIZE, "object");
  reg.fill(null);
  return reg;
}

function slot(reg: NDArray, name: SlotName): NDArray | null {
  const value = reg.get(SLOT[name]);
  return value instanceof Object ? (value as NDArray) : null;
}

function childrenOf(reg: NDArray): NDArray[] {
  const out: NDArray[] = [];
  for (let i = FIRST_CHILD; i < reg.size; i++) {
    const child = reg.get(i);
    if (child instanceof Object) out.push(child as NDArray);
  }
  return out;
}

function recordMetrics(reg: NDArray, metrics: NDArray): void {
  reg.set(SLOT.metrics, metrics.copy());
  const best = slot(reg, "best");
  if (!best || metrics.max() > best.max()) {
    reg.set(SLOT.best, reg.get(SLOT.metrics));
  }
}

function attachChild(parent: NDArray, child: NDArray): void {
  for (let i = FIRST_CHILD; i < parent.size; i++) {
    if (parent.get(i) === null) {
      parent.set(i, child);
      child.set(SLOT.parent, parent); // expect: no-reference-cycle
      return;
    }
  }
  throw new RangeError(`registry full: at most ${REGISTRY_SIZE - FIRST_CHILD} children`);
}

function depthOf(reg: NDArray, limit = 8): number {
  let depth = 0;
  for (let cur = slot(reg, "parent"); cur && depth < limit; cur = slot(cur, "parent")) {
    depth++;
  }
  return depth;
}

function summarize(reg: NDArray, depth = 0, maxDepth = 3): string[] {
  const pad = "  ".repeat(depth);
  const metrics = slot(reg, "metrics");
  const best = slot(reg, "best");
  const lines = [`${pad}metrics=${metrics ? JSON.stringify(metrics.tolist()) : "-"} best=${best?.max() ?? "-"}`];
  if (depth >= maxDepth) return lines;
  for (const child of childrenOf(reg)) {
    lines.push(...summarize(child, depth + 1, maxDepth));
  }
  return lines;
}

const root = makeRegistry();
recordMetrics(root, array([0.61, 0.64, 0.66]));

const lrSweep = [0.1, 0.03, 0.01];
const runs = lrSweep.map((lr, i) => {
  const run = makeRegistry();
  attachChild(root, run);
  recordMetrics(run, array([0.5 + lr, 0.55 + lr * 2, 0.6 - i * 0.01]));
  return run;
});
recordMetrics(runs[1], array([0.7, 0.72, 0.74]));

const archive = empty(2, "object");
archive.set(0, root);
archive.set(1, array(lrSweep));

console.log(summarize(root).join("\n"));
console.log("depth of second run:", depthOf(runs[1]), "children of root:", childrenOf(root).length);
console.log("archived entries:", archive.size, "sweep:", (archive.get(1) as NDArray).tolist());
