// Resamples a south-up, column-major raster onto a north-up output grid with nearest-neighbour lookup tables and prints the result and its percentiles.
import { array, linspace, NDArray } from "ndalias";

const NODATA = -9999;

// Stored as [column][row], with the southernmost row first.
const southUpColumns = array([
  [10, 12, 15, 19],
  [11, 13, 16, 20],
  [12, 15, 18, 23],
  [14, 17, 21, 26],
  [15, 19, 24, 30],
]);

function toNorthUpRowMajor(raster: NDArray): NDArray {
  return raster.T.flip(0).copy();
}

function nearestIndices(src: number[], dst: number[]): number[] {
  return dst.map((d) => {
    if (d < src[0] || d > src[src.length - 1]) return -1;
    let best = 0;
    for (let k = 1; k < src.length; k++) {
      if (Math.abs(src[k] - d) < Math.abs(src[best] - d)) best = k;
    }
    return best;
  });
}

function resample(src: NDArray, rowIdx: number[], colIdx: number[]): NDArray {
  const safeRows = rowIdx.map((r) => Math.max(0, r));
  const safeCols = colIdx.map((c) => Math.max(0, c));
  const rows = src.take(safeRows, 0);
  return rows.take(safeCols, 1);
}

function maskOutside(grid: NDArray, rowIdx: number[], colIdx: number[]): NDArray {
  const out = grid.copy();
  for (let i = 0; i < rowIdx.length; i++) {
    if (rowIdx[i] < 0) out.slice(i).fill(NODATA);
  }
  for (let j = 0; j < colIdx.length; j++) {
    if (colIdx[j] < 0) out.slice(":", j).fill(NODATA);
  }
  return out;
}

function percentiles(grid: NDArray, ps: number[]): number[] {
  const sorted = grid.flatten();
  sorted.sort();
  const valid = (sorted.tolist() as number[]).filter((v) => v !== NODATA);
  return ps.map((p) => valid[Math.min(valid.length - 1, Math.floor(p * valid.length))]);
}

const northUp = toNorthUpRowMajor(southUpColumns);
const srcY = linspace(0, 900, northUp.shape[0]).tolist() as number[];
const srcX = linspace(0, 1200, northUp.shape[1]).tolist() as number[];
const dstY = [0, 200, 400, 600, 800, 1000];
const dstX = [0, 250, 500, 750, 1000];

const rowIdx = nearestIndices(srcY, dstY);
const colIdx = nearestIndices(srcX, dstX);
const resampled = resample(northUp, rowIdx, colIdx);
const output = maskOutside(resampled, rowIdx, colIdx);
console.log("north-up source:", northUp.tolist());
console.log("output grid:", output.tolist());

// Column-major view of the source, read only, for the debug dump.
const asStored = northUp.T;
console.log("source as stored (transposed view):", asStored.tolist(), "sum:", asStored.sum());

// Decimetres for the tile encoder: the resampled grid is scaled and then printed.
resampled.imul(10);
console.log("resampled (dm):", resampled.tolist());

// Anomaly against the output mean, computed in a fresh array.
const anomaly = output.sub(output.mean());
anomaly.imul(-1);
console.log("inverted anomaly:", anomaly.tolist());
console.log("output p10/p50/p90:", percentiles(output, [0.1, 0.5, 0.9]).join(" / "));
console.log("source still intact:", southUpColumns.get(0, 0), southUpColumns.get(4, 3));
