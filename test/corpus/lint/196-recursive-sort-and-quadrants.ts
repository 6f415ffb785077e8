// Recursive helpers: a merge sort that always returns fresh arrays, a quadtree painter that fills the regions it is handed (void), and a divide-and-conquer sum over views.
import { array, empty, zeros, NDArray } from "ndalias";

function mergeSort(x: NDArray): NDArray {
  if (x.size <= 1) return x.copy();
  const mid = Math.floor(x.size / 2);
  const left = mergeSort(x.slice(`0:${mid}`));
  const right = mergeSort(x.slice(`${mid}:`));
  const out = empty(x.size);
  let i = 0;
  let j = 0;
  for (let k = 0; k < out.size; k++) {
    const takeLeft = j >= right.size || (i < left.size && left.get(i) <= right.get(j));
    out.set(k, takeLeft ? left.get(i++) : right.get(j++));
  }
  return out;
}

function paintQuadrants(region: NDArray, depth: number): void {
  if (depth === 0 || region.shape[0] < 2) {
    region.fill(depth);
    return;
  }
  const h = region.shape[0] / 2;
  const w = region.shape[1] / 2;
  paintQuadrants(region.slice(`0:${h}`, `0:${w}`), depth - 1);
  paintQuadrants(region.slice(`${h}:`, `${w}:`), depth - 1);
  region.slice(`0:${h}`, `${w}:`).fill(depth);
  region.slice(`${h}:`, `0:${w}`).fill(-depth);
}

function halfSum(x: NDArray): number {
  if (x.size <= 2) return x.sum();
  const mid = x.size >> 1;
  return halfSum(x.slice(`:${mid}`)) + halfSum(x.slice(`${mid}:`));
}

function cumulative(x: NDArray): NDArray {
  if (x.size === 0) return zeros(0);
  const head = cumulative(x.slice(":-1"));
  const out = zeros(x.size);
  out.slice(":-1").assign(":", head);
  out.set(x.size - 1, (x.size > 1 ? head.get(x.size - 2) : 0) + x.get(x.size - 1));
  return out;
}

const data = array([5, 3, 9, 1, 7, 2, 8]);
const sorted = mergeSort(data);
sorted.imul(-1);
console.log("negated ascending:", sorted.tolist());
console.log("data untouched:", data.tolist(), "divide-and-conquer sum:", halfSum(data));

const running = cumulative(data);
running.idiv(running.get(data.size - 1));
console.log("normalised running total:", running.tolist(), "data mean:", data.mean());

const canvas = zeros([8, 8]);
paintQuadrants(canvas, 3);
console.log("canvas corner:", canvas.get(0, 0), "canvas total:", canvas.sum());
paintQuadrants(canvas.slice("4:", "4:"), 1);
console.log("repainted quadrant total:", canvas.slice("4:", "4:").sum(), "row 0:", canvas.slice(0).tolist());
