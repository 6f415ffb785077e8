// Resamples a coarse elevation grid onto finer and coarser target grids (nearest neighbour, bilinear, block mean).
import { array, zeros, NDArray } from "ndalias";

function nearestIndices(srcSize: number, dstSize: number): number[] {
  const idx: number[] = [];
  for (let k = 0; k < dstSize; k++) {
    idx.push(Math.min(srcSize - 1, Math.floor(((k + 0.5) * srcSize) / dstSize)));
  }
  return idx;
}

export function resampleNearest(src: NDArray, rows: number, cols: number): NDArray {
  const picked = src.take(nearestIndices(src.shape[0], rows), 0);
  const grid = picked.take(nearestIndices(src.shape[1], cols), 1);
  return grid;
}

export function resampleBilinear(src: NDArray, rows: number, cols: number): NDArray {
  const [sr, sc] = src.shape;
  const out = zeros([rows, cols]);
  for (let i = 0; i < rows; i++) {
    const y = rows === 1 ? 0 : (i * (sr - 1)) / (rows - 1);
    const y0 = Math.floor(y);
    const y1 = Math.min(sr - 1, y0 + 1);
    for (let j = 0; j < cols; j++) {
      const x = cols === 1 ? 0 : (j * (sc - 1)) / (cols - 1);
      const x0 = Math.floor(x);
      const x1 = Math.min(sc - 1, x0 + 1);
      const top = (src.get(y0, x0) as number) * (1 - (x - x0)) + (src.get(y0, x1) as number) * (x - x0);
      const bottom = (src.get(y1, x0) as number) * (1 - (x - x0)) + (src.get(y1, x1) as number) * (x - x0);
      out.set([i, j], top * (1 - (y - y0)) + bottom * (y - y0));
    }
  }
  return out;
}

export function blockMean(src: NDArray, factor: number): NDArray {
  const rows = Math.floor(src.shape[0] / factor);
  const cols = Math.floor(src.shape[1] / factor);
  const out = zeros([rows, cols]);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const block = src.slice(`${i * factor}:${(i + 1) * factor}`, `${j * factor}:${(j + 1) * factor}`);
      out.set([i, j], block.mean());
    }
  }
  return out;
}

export function toFeet(src: NDArray): NDArray {
  const feet = src.astype("float32");
  feet.imul(3.28084);
  return feet;
}

const coarse = array([
  [100, 120, 140, 160],
  [110, 130, 150, 170],
  [120, 140, 160, 180],
  [130, 150, 170, 190],
]);

const fineNearest = resampleNearest(coarse, 6, 6);
fineNearest.iadd(0.5);
const fineBilinear = resampleBilinear(coarse, 7, 7);
const overview = blockMean(coarse, 2);
console.log("nearest (offset by half a metre):", fineNearest.tolist());
console.log("bilinear centre:", fineBilinear.get(3, 3), "overview:", overview.tolist());
console.log("overview in feet:", toFeet(overview).tolist());
console.log("source unchanged, mean:", coarse.mean());
