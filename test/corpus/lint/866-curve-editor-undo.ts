// Curve editor with undo/redo: snapshots are copies, the draft and the committed curve swap like double buffers, and stacks are rebound, not shared.
import { linspace, NDArray } from "ndalias";

let committed: NDArray = linspace(0, 1, 6);
let draft: NDArray = committed.copy();
const past: NDArray[] = [];
const future: NDArray[] = [];

function show(label: string, curve: NDArray): void {
  const points = (curve.tolist() as number[]).map((v) => v.toFixed(2));
  console.log(label.padEnd(12), points.join(" "));
}

function editPoint(index: number, value: number): void {
  draft.set(index, value);
}

function raiseAll(delta: number): void {
  draft.iadd(delta);
}

function commit(): void {
  past.push(committed.copy());
  future.length = 0;
  [committed, draft] = [draft, committed];
  draft.assign(":", committed);
}

function discardDraft(): void {
  draft = committed.copy();
}

function undo(): boolean {
  const previous = past.pop();
  if (previous === undefined) return false;
  future.push(committed);
  committed = previous;
  draft = committed.copy();
  return true;
}

function redo(): boolean {
  const next = future.pop();
  if (next === undefined) return false;
  past.push(committed);
  committed = next;
  draft = committed.copy();
  return true;
}

function previewSmoothed(): NDArray {
  const smoothed = draft.copy();
  for (let i = 1; i < smoothed.size - 1; i++) {
    smoothed.set(i, (draft.get(i - 1) + 2 * draft.get(i) + draft.get(i + 1)) / 4);
  }
  return smoothed;
}

function changedPoints(a: NDArray, b: NDArray): number {
  const diff = a.sub(b);
  let changed = 0;
  for (let i = 0; i < diff.size; i++) if (Math.abs(diff.get(i)) > 1e-9) changed++;
  return changed;
}

show("start", committed);
editPoint(2, 0.9);
show("draft", draft);
show("committed", committed);
commit();
show("commit 1", committed);

editPoint(4, 0.1);
raiseAll(0.05);
show("preview", previewSmoothed());
console.log("points changed by draft:", changedPoints(draft, committed));
commit();
show("commit 2", committed);

undo();
show("undo", committed);
editPoint(0, 0.3);
discardDraft();
show("discarded", draft);
redo();
show("redo", committed);
undo();
undo();
show("undo x2", committed);
redo();
show("redo", committed);
console.log("history:", past.length, "undo,", future.length, "redo");
for (const snapshot of past) show("  past", snapshot);
for (const snapshot of future) show("  future", snapshot);
