// Maintains a click heatmap for a 4x4 page grid: scoped views for reporting, edge clearing, decay ticks and a normalized export.
import { array, zeros, NDArray } from "ndalias";
import { EventEmitter } from "node:events";

const heat = zeros([4, 4]);
const mask = zeros([4, 4]);
const ticks = new EventEmitter();

export function peak(): number {
  const flat = heat.ravel();
  try {
    return flat.max();
  } finally {
    flat.dispose();
  }
}

export function hotRows(threshold: number): number[] {
  const rows: number[] = [];
  for (let r = 0; r < heat.shape[0]; r++) {
    using row = heat.slice(r);
    if (row.max() > threshold) rows.push(r);
  }
  return rows;
}

export function normalized(): NDArray {
  const out = heat.copy();
  try {
    out.idiv(out.max() || 1);
    return out;
  } catch (err) {
    out.dispose();
    throw err;
  }
}

export function recordClick(row: number, col: number, weight = 1): void {
  heat.set([row, col], heat.get(row, col) + weight);
}

export function decay(factor: number): void {
  heat.imul(factor);
}

export function clearEdges(): void {
  heat.slice(0).fill(0);
  heat.slice(-1).fill(0);
  heat.slice(":", 0).fill(0);
  heat.slice(":", -1).fill(0);
}

ticks.on("decay", (grid: NDArray, factor: number) => grid.imul(factor));
ticks.on("mask", (grid: NDArray) => {
  grid.assign(":", grid.mul(mask));
});

const clicks = array([[1, 1], [1, 2], [2, 2], [2, 2], [0, 3], [3, 0], [2, 1]]);
for (let i = 0; i < clicks.shape[0]; i++) {
  recordClick(clicks.get(i, 0), clicks.get(i, 1));
}
console.log("peak:", peak(), "hot rows:", hotRows(1));

const centre = heat.slice("1:3, 1:3");
const centreShare = centre.sum() / heat.sum();
centre.dispose();
console.log("share of clicks in the centre:", centreShare.toFixed(2));

const exported = normalized();
decay(0.5);
ticks.emit("decay", heat, 0.9);
console.log("normalized export:", exported.tolist());
console.log("after decay:", heat.tolist());

mask.slice("1:3, 1:3").fill(1);
ticks.emit("mask", heat);
const topRow = heat.slice(0);
const topRowTotal = topRow.sum();
topRow.dispose();
heat.slice(0).fill(0);
console.log("cleared top row total:", topRowTotal);
clearEdges();
console.log("masked heatmap without edges:", heat.tolist());

[heat, mask].forEach((grid) => grid.fill(0));
console.log("reset:", heat.sum(), mask.sum());

exported.dispose();
clicks.dispose();
