// Exposure analysis of a frame through views (rows, columns, diagonal, broadcast weights, ravel), then in-place exposure correction, plus band energies from local scratch buffers.
import { array, arange, zeros, NDArray } from "ndalias";

// Energy of the even-indexed samples, squared in a scratch copy.
function evenSampleEnergy(signal: NDArray): number {
  const scratch = signal.copy();
  const even = scratch.slice("::2");
  even.imul(even);
  return even.sum();
}

// Peak-to-average power ratio, computed on a local buffer laid out as two half-frames.
function peakToAverage(signal: NDArray): number {
  const buf = zeros(signal.size);
  buf.assign(":", signal);
  const halves = buf.reshape(2, signal.size / 2);
  halves.imul(halves);
  return halves.max() / halves.mean();
}

function histogram(values: number[], bins: number, lo: number, hi: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(((v - lo) / (hi - lo)) * bins)));
    counts[b]++;
  }
  return counts;
}

const frame = array([
  [210, 220, 230, 225, 215],
  [90, 100, 110, 105, 95],
  [60, 70, 80, 75, 65],
  [40, 50, 60, 55, 45],
  [20, 30, 40, 35, 25],
]);

// Radial falloff of the lens, one weight per column, broadcast over the rows.
const falloff = array([0.8, 0.95, 1.0, 0.95, 0.8]);
const weights = falloff.broadcastTo([5, 5]);

// Everything below reads the frame through views; nothing is written yet.
const sky = frame.slice(0);
const leftEdge = frame.slice(":", 0);
const columns = frame.T;
const diagonal = frame.diagonal();
const flat = frame.ravel();
const batch = frame.expandDims(0);

console.log("sky mean:", sky.mean(), "left edge mean:", leftEdge.mean());
console.log("brightest column mean:", Math.max(...(columns.tolist() as number[][]).map((c) => c.reduce((a, b) => a + b, 0) / c.length)));
console.log("diagonal:", diagonal.tolist());
console.log("histogram:", histogram(flat.tolist() as number[], 4, 0, 256));
console.log("lens-weighted mean:", (frame.mul(weights).sum() / weights.sum()).toFixed(2));
console.log("batch total:", batch.sum());
const skyClipped = sky.max() >= 230;

// Exposure correction in place; from here on only the frame itself is read.
const gain = 110 / frame.mean();
frame.imul(gain);
if (skyClipped) {
  frame.slice(0).imul(0.9);
}
console.log("corrected mean:", frame.mean().toFixed(2));
console.log("corrected sky:", (frame.slice(0).tolist() as number[]).map((v) => v.toFixed(0)).join(" "));
console.log("corrected diagonal:", (frame.diagonal().tolist() as number[]).map((v) => v.toFixed(0)).join(" "));

// A 2x2 tile whose transpose is scaled; the tile is only read before that.
const tile = array([
  [1, 2],
  [3, 4],
]);
console.log("tile total:", tile.sum());
const tileT = tile.T;
tileT.imul(2);
console.log("scaled transposed tile:", tileT.tolist());

// A meter block laid out from a fresh range; the block is its only name.
const meterBlock = arange(0, 16).reshape(4, 4);
meterBlock.slice(":, 0").fill(0);
meterBlock.idiv(15);
console.log("meter block row sums:", (meterBlock.tolist() as number[][]).map((r) => r.reduce((a, b) => a + b, 0).toFixed(2)));

// Band energies of a short signal.
const signal = array([0.5, -0.2, 0.9, -0.7, 0.3, 0.1, -0.4, 0.8]);
console.log("even-sample energy:", evenSampleEnergy(signal).toFixed(3));
console.log("peak-to-average:", peakToAverage(signal).toFixed(3));
console.log("signal unchanged:", signal.tolist());
