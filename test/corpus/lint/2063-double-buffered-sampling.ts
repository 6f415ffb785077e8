// Sampling loop with double-buffered cell readings: statistics of the previous frame are taken before its buffer is reused for the next frame.
import { array, zeros, NDArray } from "ndalias";

const CELLS = 6;

function acquire(target: NDArray, tick: number): void {
  for (let i = 0; i < target.size; i++) {
    target.set(i, 3.7 + 0.002 * Math.sin(tick + i) - 0.001 * (i % 2));
  }
}

function frameStats(frame: NDArray): { min: number; max: number; mean: number } {
  return { min: frame.min(), max: frame.max(), mean: frame.mean() };
}

function fmt(v: NDArray): string {
  return (v.tolist() as number[]).map((x) => x.toFixed(4)).join(" ");
}

let front = zeros(CELLS);
let back = zeros(CELLS);
const log: string[] = [];

for (let tick = 0; tick < 4; tick++) {
  acquire(back, tick);
  [front, back] = [back, front];
  const s = frameStats(front);
  log.push(`tick ${tick}: min ${s.min.toFixed(4)} max ${s.max.toFixed(4)} mean ${s.mean.toFixed(4)}`);
  back.fill(0);
}
log.forEach((line) => console.log(line));
console.log("front frame:", fmt(front));

// Warm-up window: read its statistics, then the history is overwritten by a new block.
const history = array([3.701, 3.703, 3.699, 3.705, 3.702, 3.7, 3.698, 3.704]);
const warmup = history.slice(":4");
const warmupMean = warmup.mean();
const warmupSpread = warmup.max() - warmup.min();

const nextBlock = array([3.69, 3.688, 3.692, 3.689, 3.691, 3.687, 3.693, 3.69]);
history.assign(":", nextBlock);
console.log("warm-up mean / spread:", warmupMean.toFixed(4), (warmupSpread * 1000).toFixed(1), "mV");
console.log("history:", fmt(history));

// Last-known-good temperatures: an alias used only before the live array is updated.
const cellTemps = array([28.1, 28.4, 29.0, 28.7]);
const lastGood = cellTemps;
const lastGoodMax = lastGood.max();
cellTemps.set(2, 31.5);
cellTemps.set(3, 30.2);
console.log("last good max:", lastGoodMax.toFixed(1), "live:", cellTemps.tolist());

// A scratch view of the front buffer used for the first-half average, finished before front is cleared.
const firstHalf = front.slice(`:${CELLS / 2}`);
const firstHalfMean = firstHalf.mean();
front.fill(0);
console.log("first-half mean:", firstHalfMean.toFixed(4), "cleared front sum:", front.sum());

// Rolling minimum per cell, updated through its own name only.
const rollingMin = array([9, 9, 9, 9, 9, 9]);
function updateRollingMin(frame: NDArray): void {
  for (let i = 0; i < frame.size; i++) {
    if (frame.get(i) < rollingMin.get(i)) rollingMin.set(i, frame.get(i));
  }
}
for (let tick = 10; tick < 14; tick++) {
  const frame = zeros(CELLS);
  acquire(frame, tick);
  updateRollingMin(frame);
}
console.log("rolling min:", fmt(rollingMin));

// A copy of the rolling minimum is shifted for the report, the original keeps its values.
const reportMin = rollingMin.copy();
reportMin.isub(3.6);
reportMin.imul(1000);
console.log("rolling min above 3.6 V (mV):", fmt(reportMin), "original:", rollingMin.min().toFixed(4));

// Separate buffers that only exchange values.
const rawFrame = zeros(CELLS);
acquire(rawFrame, 7);
const filtered = zeros(CELLS);
filtered.assign(":", rawFrame);
rawFrame.fill(0);
console.log("filtered frame:", fmt(filtered));
console.log("raw frame after reset:", rawFrame.sum());
