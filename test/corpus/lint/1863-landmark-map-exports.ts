// Landmark map exports: selects, re-centres and quantises landmark positions for the planner, the GPU matcher and the status display.
import { array, NDArray } from "ndalias";

const landmarks = array([
  [2.0, 1.0, 0.3],
  [4.5, -1.2, 0.1],
  [6.1, 0.4, 0.8],
  [3.3, 3.9, 0.5],
  [-1.4, 2.2, 0.9],
  [0.6, -2.8, 0.2],
]);
const robotPose = array([1.0, 0.5, 0.0]);

function visibleIndices(map: NDArray, pose: NDArray, radius: number): number[] {
  const idx: number[] = [];
  for (let i = 0; i < map.shape[0]; i++) {
    const dx = map.get(i, 0) - pose.get(0);
    const dy = map.get(i, 1) - pose.get(1);
    if (Math.hypot(dx, dy) <= radius) idx.push(i);
  }
  return idx;
}

/** Visible landmarks in the robot frame; the map itself is never modified. */
export function localLandmarks(map: NDArray, pose: NDArray, radius: number): NDArray {
  const local = map.take(visibleIndices(map, pose, radius), 0);
  local.slice(":", 0).isub(pose.get(0));
  local.slice(":", 1).isub(pose.get(1));
  return local;
}

/** Quantised positions for the GPU matcher, in centimetres. */
export function quantise(map: NDArray): NDArray {
  const cm = map.slice(":", ":2").astype("float32");
  cm.imul(100);
  for (let i = 0; i < cm.size; i++) cm.data[i] = Math.round(cm.data[i] as number);
  return cm;
}

/** Median landmark height, computed on a sorted private copy. */
export function medianHeight(map: NDArray): number {
  const heights = map.slice(":", 2).flatten();
  heights.sort();
  return heights.get(Math.floor(heights.size / 2));
}

/** Confidence weights derived from heights, normalised to sum to one. */
export function heightWeights(map: NDArray): NDArray {
  const w = map.slice(":", 2).add(0.1);
  w.idiv(w.sum());
  return w;
}

function uploadToMatcher(buffer: NDArray): number {
  return buffer.size * 4;
}

const local = localLandmarks(landmarks, robotPose, 4);
console.log("local landmarks:", local.tolist());

const bytes = uploadToMatcher(quantise(landmarks));
console.log("bytes uploaded:", bytes);

console.log("median height:", medianHeight(landmarks).toFixed(2));
console.log("weights:", heightWeights(landmarks).tolist());

// A shifted copy for the display, written by the chained call and used through its name.
const shifted = landmarks.copy().iadd(array([10, 10, 0]));
console.log("display coordinates:", shifted.tolist());

// A bounding box built from arithmetic results that are written and then printed.
const spanLo = landmarks.slice(":", ":2").min();
const spanHi = landmarks.slice(":", ":2").max();
const box = array([spanLo, spanHi]).sub(array([0.5, -0.5]));
box.imul(1.1);
console.log("padded bounding box:", box.tolist());

// The nearest three landmarks, gathered and sorted by distance, then printed.
const dist = landmarks.slice(":", ":2").sub(robotPose.slice(":2"));
const d2 = dist.mul(dist);
const ranges = d2.slice(":", 0).add(d2.slice(":", 1));
const order = (ranges.tolist() as number[])
  .map((r, i) => [r, i] as [number, number])
  .sort((a, b) => a[0] - b[0])
  .slice(0, 3)
  .map(([, i]) => i);
const nearest = landmarks.take(order, 0);
nearest.slice(":", 2).fill(0);
console.log("nearest (ground-projected):", nearest.tolist());
console.log("map unchanged:", landmarks.sum().toFixed(2));
