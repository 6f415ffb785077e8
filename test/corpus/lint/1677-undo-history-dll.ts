// An undo history for a small paint canvas kept as a doubly linked list of snapshots, with strokes, checkpoints and restore-by-label.
import { zeros, NDArray } from "ndalias";

class Snapshot {
  prev: Snapshot | null = null;
  next: Snapshot | null = null;
  constructor(
    readonly label: string,
    readonly pixels: NDArray,
  ) {}
}

interface History {
  first: Snapshot | null;
  last: Snapshot | null;
  count: number;
  limit: number;
}

function newHistory(limit: number): History {
  return { first: null, last: null, count: 0, limit };
}

function record(history: History, label: string, canvas: NDArray): void {
  const node = new Snapshot(label, canvas.copy());
  const last = history.last;
  if (last === null) {
    history.first = node;
  } else {
    node.prev = last;
    last.next = node; // expect: no-reference-cycle
  }
  history.last = node;
  history.count += 1;
  if (history.count > history.limit) dropOldest(history);
}

function dropOldest(history: History): void {
  const oldest = history.first;
  if (oldest === null) return;
  history.first = oldest.next;
  if (history.first !== null) history.first.prev = null;
  oldest.next = null;
  oldest.pixels.dispose();
  history.count -= 1;
}

function labels(history: History): string[] {
  const out: string[] = [];
  for (let n = history.first; n !== null; n = n.next) out.push(n.label);
  return out;
}

function changedPixels(a: Snapshot, b: Snapshot): number {
  const diff = a.pixels.sub(b.pixels);
  let changed = 0;
  for (let i = 0; i < diff.size; i++) {
    if (diff.data[i] !== 0) changed++;
  }
  return changed;
}

function restore(history: History, label: string, canvas: NDArray): number {
  let steps = 0;
  for (let n = history.last; n !== null; n = n.prev) {
    if (n.label === label) {
      canvas.assign(":", n.pixels); // expect: no-alias-mutation
      return steps;
    }
    steps++;
  }
  return -1;
}

function strokeRow(canvas: NDArray, row: number, from: number, to: number, ink: number): void {
  canvas.slice(row, `${from}:${to}`).fill(ink);
}

function strokeColumn(canvas: NDArray, col: number, from: number, to: number, ink: number): void {
  canvas.slice(`${from}:${to}`, col).fill(ink);
}

function inkCoverage(canvas: NDArray): number {
  let inked = 0;
  for (let i = 0; i < canvas.size; i++) {
    if (canvas.data[i] !== 0) inked++;
  }
  return inked / canvas.size;
}

const canvas = zeros([8, 8]);
const history = newHistory(5);
record(history, "blank", canvas);

strokeRow(canvas, 1, 1, 7, 3);
record(history, "top bar", canvas);

strokeColumn(canvas, 4, 1, 7, 3);
record(history, "stem", canvas);

strokeRow(canvas, 6, 2, 6, 5);
record(history, "base", canvas);

console.log("history:", labels(history).join(" -> "), "coverage:", inkCoverage(canvas).toFixed(3));

const last = history.last;
if (last !== null && last.prev !== null) {
  console.log("pixels changed by last stroke:", changedPixels(last, last.prev));
}

const undone = restore(history, "top bar", canvas);
console.log("undid", undone, "steps; coverage now", inkCoverage(canvas).toFixed(3));
console.log((canvas.tolist() as number[][]).map((row) => row.join("")).join("\n"));
