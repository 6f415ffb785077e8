// Flat-field correction: measures background and reference regions through views, then corrects the frame and inspects it afterwards.
import { array, NDArray } from "ndalias";

function regionStats(region: NDArray): { mean: number; min: number; max: number } {
  return { mean: region.mean(), min: region.min(), max: region.max() };
}

function fmt(stats: { mean: number; min: number; max: number }): string {
  return `mean=${stats.mean.toFixed(3)} min=${stats.min.toFixed(3)} max=${stats.max.toFixed(3)}`;
}

/** Subtracts a constant background and rescales to the white reference, in place. */
function flatField(frame: NDArray, background: number, white: number): void {
  frame.isub(background);
  frame.idiv(Math.max(white - background, 1e-6));
}

function clampUnit(frame: NDArray): void {
  for (let i = 0; i < frame.size; i++) {
    frame.data[i] = Math.min(1, Math.max(0, frame.data[i] as number));
  }
}

function rowMeans(img: NDArray): string {
  const out: string[] = [];
  for (let r = 0; r < img.shape[0]; r++) out.push(img.slice(r).mean().toFixed(3));
  return out.join(" ");
}

const frame = array([
  [0.11, 0.12, 0.10, 0.13, 0.12, 0.11],
  [0.12, 0.45, 0.52, 0.49, 0.31, 0.12],
  [0.10, 0.47, 0.88, 0.91, 0.36, 0.11],
  [0.13, 0.44, 0.86, 0.90, 0.33, 0.10],
  [0.11, 0.40, 0.50, 0.48, 0.29, 0.12],
  [0.12, 0.11, 0.13, 0.12, 0.11, 0.10],
]);

// --- measure: views are only read, before any write ---------------------------
const topStrip = frame.slice("0:1");
const bottomStrip = frame.slice("-1:");
const leftStrip = frame.slice(":, 0");
const background = (topStrip.mean() + bottomStrip.mean() + leftStrip.mean()) / 3;
console.log("top strip:", fmt(regionStats(topStrip)));
console.log("bottom strip:", fmt(regionStats(bottomStrip)));

const reference = frame.slice("2:4, 2:4");
const white = reference.max();
console.log("reference patch:", fmt(regionStats(reference)));

// --- correct: the frame is written through its own name ------------------------
flatField(frame, background, white);
frame.imul(0.95);
clampUnit(frame);
console.log("corrected frame:", fmt(regionStats(frame)));
console.log("corrected row means:", rowMeans(frame));

// --- inspect: views made after the correction see the corrected values ---------
const object = frame.slice("1:5, 1:5");
const core = frame.slice("2:4, 2:4");
console.log("object region:", fmt(regionStats(object)));
console.log("core region:", fmt(regionStats(core)));
console.log("object row means:", rowMeans(object));

// --- a rolling window rebound on each step: each window is read, then dropped ----
const rows = frame.shape[0];
let window = frame.slice("0:2");
let best = -Infinity;
let bestRow = 0;
for (let r = 0; r + 2 <= rows; r++) {
  window = frame.slice(`${r}:${r + 2}`);
  const m = window.mean();
  if (m > best) {
    best = m;
    bestRow = r;
  }
}
console.log(`brightest two-row band starts at row ${bestRow} (mean ${best.toFixed(3)})`);

// --- final touch on the frame itself, no other name alive that is read later ---
frame.slice(0).fill(0);
frame.slice(-1).fill(0);
console.log("published frame total:", frame.sum().toFixed(3));
