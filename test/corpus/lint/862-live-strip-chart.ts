// Live multi-series strip chart: new samples scroll a fixed frame left, the y range gets headroom, a CSV export reads time-major rows, and a clear button resets it.
import { array, zeros, NDArray } from "ndalias";

const SERIES = ["cpu", "memory", "disk"];
const WIDTH = 8;

function scrollIn(frame: NDArray, sample: NDArray): void {
  const shifted = frame.slice(":, 1:").copy();
  frame.assign(":, :-1", shifted);
  frame.slice(":, -1").assign(":", sample);
}

function yRange(frame: NDArray): [number, number] {
  const newest = frame.slice(":, -1");
  newest.imul(1.1); // expect: no-view-mutation
  return [frame.min(), Math.max(frame.max(), newest.max())];
}

function paddedRange(frame: NDArray, pad: number): [number, number] {
  const lo = frame.min();
  const hi = frame.max();
  const margin = (hi - lo) * pad;
  return [lo - margin, hi + margin];
}

function toCsv(rows: NDArray, header: string[]): string {
  const lines = [["t", ...header].join(",")];
  for (let t = 0; t < rows.shape[0]; t++) {
    const cells = (rows.slice(t).tolist() as number[]).map((v) => v.toFixed(2));
    lines.push([String(t), ...cells].join(","));
  }
  return lines.join("\n");
}

function sampleAt(t: number): NDArray {
  return array([0.5 + 0.4 * Math.sin(t / 2), 0.3 + 0.02 * t, (t % 4) / 4]);
}

function legendText(latest: NDArray): string {
  const values = latest.tolist() as number[];
  return SERIES.map((name, i) => `${name} ${(values[i] * 100).toFixed(0)}%`).join("  ");
}

const frame = zeros([SERIES.length, WIDTH]);
const timeMajor = frame.T;

for (let t = 0; t < 12; t++) {
  scrollIn(frame, sampleAt(t));
}
console.log(toCsv(timeMajor, SERIES));

const [padLo, padHi] = paddedRange(frame, 0.05);
console.log("padded y range:", padLo.toFixed(2), padHi.toFixed(2));

const [lo, hi] = yRange(frame);
console.log("headroom y range:", lo.toFixed(2), hi.toFixed(2));

// The legend shows the newest column; a snapshot is kept for the "restore" button.
const latest = frame.slice(":, -1");
console.log("legend:", legendText(latest));
const snapshot = frame.copy();

// The clear button resets the frame.
frame.fill(0); // expect: no-view-mutation
console.log("legend after clear:", legendText(latest));

// Restore brings the saved frame back through the frame's own name.
frame.assign(":", snapshot);
console.log("restored total:", frame.sum().toFixed(2), "snapshot total:", snapshot.sum().toFixed(2));
for (let t = 12; t < 15; t++) {
  scrollIn(frame, sampleAt(t));
}
console.log("after three more samples, mean load:", frame.mean().toFixed(3));

// One text row per series for the accessibility table.
const BLOCKS = " .:-=+*#";
SERIES.forEach((name, i) => {
  const row = frame.slice(i).tolist() as number[];
  const cells = row.map((v) => BLOCKS[Math.min(BLOCKS.length - 1, Math.max(0, Math.round(v * (BLOCKS.length - 1))))]);
  console.log(`${name.padEnd(7)}|${cells.join("")}|`);
});
