// Exposure pipeline for small greyscale tiles: histogram accumulation, gain with highlight recovery, vignetting and a median-based denoise.
import { array, zeros, NDArray } from "ndalias";

const HIST = zeros(4);

export function accumulateHistogram(tile: NDArray): number {
  for (let i = 0; i < tile.shape[0]; i++) {
    for (let j = 0; j < tile.shape[1]; j++) {
      const bin = Math.min(3, Math.floor(tile.get(i, j) * 4));
      HIST.set(bin, HIST.get(bin) + 1);
    }
  }
  return HIST.sum();
}

export function applyGain(tile: NDArray, gain: number): NDArray {
  const original = tile.copy();
  let out = tile;
  out = out.mul(gain);
  for (let i = 0; i < out.size; i++) {
    const v = out.data[i] as number;
    if (v > 1) out.data[i] = 1 - (v - 1) * 0.1;
  }
  const changed = out.sub(original);
  console.log("mean change from gain:", changed.mean().toFixed(3));
  return out;
}

export function vignette(tile: NDArray, strength: number): void {
  const [h, w] = tile.shape;
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      const dy = (i - (h - 1) / 2) / h;
      const dx = (j - (w - 1) / 2) / w;
      tile.set([i, j], tile.get(i, j) * (1 - strength * (dx * dx + dy * dy)));
    }
  }
}

export function medianOf(tile: NDArray): number {
  const sorted = tile.flatten();
  sorted.sort();
  return sorted.get(Math.floor(sorted.size / 2));
}

export function denoise(tile: NDArray): NDArray {
  const topRow = tile.slice(0);
  const topMean = topRow.mean();
  const result = tile.astype("float32");
  const med = medianOf(tile);
  for (let i = 0; i < result.size; i++) {
    const v = result.data[i] as number;
    if (Math.abs(v - med) > 0.4) result.data[i] = med;
  }
  result.slice(0).iadd(topMean * 0.05);
  return result;
}

export function transposedCopy(tile: NDArray): NDArray {
  const t = tile.T.copy();
  t.slice(0).fill(0);
  return t;
}

function tileStats(tile: NDArray): string {
  return `min ${tile.min().toFixed(3)} max ${tile.max().toFixed(3)} mean ${tile.mean().toFixed(3)}`;
}

const tile = array([
  [0.1, 0.4, 0.9, 0.3],
  [0.2, 0.95, 0.5, 0.6],
  [0.0, 0.3, 0.7, 0.8],
]);

const preview = tile.slice("1:");
console.log("preview before editing:", tileStats(preview));
const before = accumulateHistogram(tile);

const bright = applyGain(tile, 1.8);
vignette(bright, 0.6);
console.log("bright:", tileStats(bright), "original:", tileStats(tile));

const clean = denoise(bright);
const brightRows = bright.slice(":2");
console.log("denoised:", tileStats(clean), "bright rows:", brightRows.tolist());

tile.slice(0).fill(0.5);
tile.imul(0.9);
const rotated = transposedCopy(tile);
const firstColumn = tile.slice(":", 0);
console.log("rotated:", rotated.tolist(), "first column:", firstColumn.tolist());
console.log("histogram:", HIST.tolist(), "samples counted:", before);
