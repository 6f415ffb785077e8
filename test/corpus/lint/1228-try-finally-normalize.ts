// Normalises sensor frames defensively: each helper works on its own copy, falls back to zeros on bad input and logs in finally.
import { array, zeros, NDArray, ShapeError } from "ndalias";

export function safeNormalize(frame: NDArray): NDArray {
  let out: NDArray = frame;
  try {
    out = frame.copy();
    const norm = Math.sqrt(out.mul(out).sum());
    if (norm === 0) throw new RangeError("zero-energy frame");
    out.idiv(norm);
  } catch (err) {
    out = zeros(frame.shape);
    console.warn("normalize failed:", (err as Error).message);
  } finally {
    console.log("normalized a frame of", frame.size, "samples");
  }
  return out;
}

export function toGrid(flat: NDArray, rows: number, cols: number): NDArray {
  try {
    return flat.reshape(rows, cols).copy();
  } catch (err) {
    if (!(err instanceof ShapeError)) throw err;
    const padded = zeros(rows * cols);
    const n = Math.min(flat.size, rows * cols);
    padded.assign(`:${n}`, flat.slice(`:${n}`));
    return padded.reshape(rows, cols);
  }
}

export function rescaleInPlace(frame: NDArray, gain: number): void {
  try {
    if (!Number.isFinite(gain)) throw new RangeError(`gain ${gain} is not finite`);
    frame.imul(gain);
  } finally {
    console.log("rescale attempted with gain", gain);
  }
}

export function clampedCopy(v: NDArray, lo: number, hi: number): NDArray {
  v = v.copy();
  for (let i = 0; i < v.size; i++) {
    const x = v.get(i);
    if (x < lo) v.set(i, lo);
    else if (x > hi) v.set(i, hi);
  }
  return v;
}

export function firstValid(candidates: NDArray[]): NDArray | null {
  for (const c of candidates) {
    let trial: NDArray;
    try {
      trial = c.reshape(2, 2);
    } catch {
      continue;
    }
    return trial.copy();
  }
  return null;
}

const frames = [array([3, 4, 0]), array([0, 0, 0]), array([1, 2, 2])];
for (const f of frames) {
  const n = safeNormalize(f);
  const c = clampedCopy(f, 0, 2.5);
  console.log("normalized:", n.tolist(), "clamped:", c.tolist(), "raw:", f.tolist());
}

const grid = toGrid(array([1, 2, 3, 4, 5]), 2, 3);
console.log("grid:", grid.tolist());

const live = array([1, 2, 3]);
let attempts = 0;
for (const gain of [Number.NaN, 2]) {
  attempts++;
  try {
    rescaleInPlace(live, gain);
  } catch (err) {
    console.warn("attempt", attempts, "failed:", (err as Error).message);
    continue;
  }
  break;
}
console.log("live after", attempts, "attempts:", live.tolist());

const picked = firstValid([array([1, 2, 3]), array([5, 6, 7, 8])]);
if (picked !== null) {
  picked.imul(10);
  console.log("first reshapeable candidate x10:", picked.tolist());
}
