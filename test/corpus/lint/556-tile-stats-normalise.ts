// Splits a raster into 2x2-tile windows, computes per-tile statistics and min-max normalised tiles, then rescales the raster.
import { arange, NDArray } from "ndalias";

interface TileStats {
  row: number;
  col: number;
  min: number;
  max: number;
  mean: number;
}

const TILE = 2;
const raster = arange(0, 36).reshape(6, 6).astype("float64");

function tileWindow(grid: NDArray, tr: number, tc: number): NDArray {
  const r0 = tr * TILE;
  const c0 = tc * TILE;
  return grid.slice(`${r0}:${r0 + TILE}`, `${c0}:${c0 + TILE}`);
}

function describe(grid: NDArray, tr: number, tc: number): TileStats {
  const win = tileWindow(grid, tr, tc);
  return { row: tr, col: tc, min: win.min(), max: win.max(), mean: win.mean() };
}

function normalisedTile(grid: NDArray, tr: number, tc: number): NDArray {
  let tile = tileWindow(grid, tr, tc);
  const lo = tile.min();
  const range = tile.max() - lo;
  tile = tile.sub(lo);
  if (range > 0) {
    tile.idiv(range);
  }
  return tile;
}

function anomalyTile(grid: NDArray, tr: number, tc: number): NDArray {
  const win = tileWindow(grid, tr, tc);
  const anomaly = win.copy();
  anomaly.isub(grid.mean());
  return anomaly;
}

const tilesPerSide = raster.shape[0] / TILE;
const stats: TileStats[] = [];
const normalised: number[][][] = [];
for (let tr = 0; tr < tilesPerSide; tr++) {
  for (let tc = 0; tc < tilesPerSide; tc++) {
    stats.push(describe(raster, tr, tc));
    normalised.push(normalisedTile(raster, tr, tc).tolist() as number[][]);
  }
}

const hottest = stats.reduce((best, s) => (s.mean > best.mean ? s : best));
console.log("tile with highest mean:", hottest);
console.log("first normalised tile:", normalised[0]);
console.log("centre anomaly:", anomalyTile(raster, 1, 1).tolist());

// Convert the whole raster from decimetres to metres once every tile has been summarised.
raster.imul(0.1);
console.log("raster in metres, mean:", raster.mean(), "max:", raster.max());
