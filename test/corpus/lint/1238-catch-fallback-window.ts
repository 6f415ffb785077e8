// Fits a block trend to the leading window of a signal; when the window is not block-aligned it is zeroed and the signal total is logged.
// runnable
import { array, NDArray, ShapeError } from "ndalias";

const BLOCK = 2;

function blockMeans(x: NDArray, block: number): number[] {
  const blocks = x.reshape(Math.floor(x.size / block), block);
  const means: number[] = [];
  for (let r = 0; r < blocks.shape[0]; r++) {
    means.push(blocks.slice(r).mean());
  }
  return means;
}

function slope(values: number[]): number {
  if (values.length < 2) return 0;
  return (values[values.length - 1] - values[0]) / (values.length - 1);
}

const signal = array([2, 4, 6, 8, 10, 12, 14]);
const lead = signal.slice("0:5");
console.log("lead window:", lead.tolist());

let trend = Number.NaN;
try {
  trend = slope(blockMeans(lead, BLOCK));
} catch (err) {
  if (!(err instanceof ShapeError)) throw err;
  console.warn("lead window is not block-aligned:", err.message);
  // a window we cannot fit is treated as silence
  lead.fill(0); // expect: no-view-mutation
} finally {
  console.log("signal total:", signal.sum());
}
console.log("trend:", trend);

// retries on a working array: every attempt rebinds it to a fresh result
let working: NDArray = signal;
let attempt = 0;
for (; attempt < 4; attempt++) {
  try {
    working = working.mul(0.5);
    working.iadd(1);
    if (working.max() < 5) break;
    blockMeans(working.slice("1:"), 4);
  } catch (err) {
    console.warn(`attempt ${attempt}:`, (err as Error).message);
    continue;
  }
}
console.log("working after", attempt, "attempts:", working.tolist());

// an aligned window: the trend is fitted on a copy, so nothing is zeroed
const aligned = signal.slice("1:5").copy();
try {
  aligned.isub(aligned.min());
  console.log("aligned trend:", slope(blockMeans(aligned, BLOCK)));
} catch (err) {
  console.warn("fit failed on the aligned window:", (err as Error).message);
} finally {
  console.log("aligned window:", aligned.tolist());
}

// the tail of the signal is smoothed through the chained idiom and read via the signal
signal.slice("-3:").imul(0.5);
console.log("signal with softened tail:", signal.tolist());

// per-block maxima on a copy of the whole signal
const padded = signal.copy();
const usable = padded.size - (padded.size % BLOCK);
const maxima: number[] = [];
for (let i = 0; i < usable; i += BLOCK) {
  let m = -Infinity;
  for (let j = i; j < i + BLOCK; j++) m = Math.max(m, padded.get(j));
  maxima.push(m);
}
console.log("block maxima:", maxima.join(", "));

const peak = Math.max(...maxima);
const blocksAtPeak = maxima.filter((m) => m === peak).length;
console.log(`peak block value ${peak} reached by ${blocksAtPeak} block(s) of ${maxima.length}`);
console.log("signal mean:", signal.mean().toFixed(3), "padded mean:", padded.mean().toFixed(3));
