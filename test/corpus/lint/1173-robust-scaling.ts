// Robust feature scaling for a batch of sensor frames: median/MAD per channel, clipping and a summary report.
// runnable
import { array, zeros, NDArray } from "ndalias";

function sortedCopy(v: NDArray): NDArray {
  const s = v.flatten();
  s.sort();
  return s;
}

function medianOf(sorted: NDArray): number {
  const n = sorted.size;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? sorted.get(mid) : 0.5 * (sorted.get(mid - 1) + sorted.get(mid));
}

function channelMedian(frames: NDArray, c: number): number {
  return medianOf(sortedCopy(frames.slice(":", c)));
}

function channelMad(frames: NDArray, c: number, med: number): number {
  const dev = frames.slice(":", c).sub(med);
  for (let i = 0; i < dev.size; i++) dev.set(i, Math.abs(dev.get(i)));
  dev.sort();
  return medianOf(dev);
}

export function robustScale(frames: NDArray): NDArray {
  const [n, channels] = frames.shape;
  const scaled = zeros([n, channels]);
  for (let c = 0; c < channels; c++) {
    const med = channelMedian(frames, c);
    const mad = Math.max(channelMad(frames, c, med), 1e-9);
    for (let r = 0; r < n; r++) {
      const z = (frames.get(r, c) - med) / (1.4826 * mad);
      scaled.set([r, c], Math.max(-3, Math.min(3, z)));
    }
  }
  return scaled;
}

// Median of all readings, used as a global offset.
export function globalMedian(frames: NDArray): number {
  const all = frames.ravel();
  all.flatten().sort(); // expect: no-lost-write
  const n = all.size;
  return all.get(Math.floor(n / 2));
}

// Clamps one channel of the given frames in place.
function clipChannel(frames: NDArray, c: number, lo: number, hi: number): void {
  const col = frames.slice(":", c);
  for (let r = 0; r < col.shape[0]; r++) {
    col.set(r, Math.min(hi, Math.max(lo, col.get(r))));
  }
}

function summarize(label: string, m: NDArray): void {
  const rows = m.shape[0];
  let line = `${label}:`;
  for (let c = 0; c < m.shape[1]; c++) {
    let s = 0;
    for (let r = 0; r < rows; r++) s += m.get(r, c);
    line += ` ch${c}=${(s / rows).toFixed(3)}`;
  }
  console.log(line);
}

const frames = array([
  [20.1, 0.51, 1013],
  [20.4, 0.49, 1012],
  [35.0, 0.50, 1011],
  [20.2, 0.52, 990],
  [19.9, 0.48, 1013],
  [20.3, 0.95, 1014],
  [20.0, 0.50, 1012],
]);

summarize("raw means", frames);
const scaled = robustScale(frames);
summarize("scaled means", scaled);
console.log("global median:", globalMedian(frames));
const clipped = frames.copy();
clipChannel(clipped, 2, 1000, 1020);
summarize("clipped means", clipped);
console.log("first scaled frame:", scaled.slice(0).tolist());
