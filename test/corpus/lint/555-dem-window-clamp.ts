// Patches a nodata hole in a small DEM, cuts a 3x3 analysis window, clamps below-sea-level cells and reports raster statistics.
// runnable
import { array, NDArray } from "ndalias";

const NODATA = -9999;

const dem = array([
  [12, 15, 18, 21, 24, 26],
  [10, -3, 16, 20, 23, 27],
  [9, 11, -1, 19, 22, 25],
  [8, 10, 13, NODATA, 21, 24],
  [7, 9, 12, 15, 19, 23],
  [6, 8, 11, 14, 17, 22],
]);

function validMean(grid: NDArray): number {
  let total = 0;
  let count = 0;
  for (let i = 0; i < grid.shape[0]; i++) {
    for (let j = 0; j < grid.shape[1]; j++) {
      const v: number = grid.get(i, j);
      if (v !== NODATA) {
        total += v;
        count++;
      }
    }
  }
  return count > 0 ? total / count : NaN;
}

function neighbourMean(grid: NDArray, row: number, col: number): number {
  let total = 0;
  let count = 0;
  for (let di = -1; di <= 1; di++) {
    for (let dj = -1; dj <= 1; dj++) {
      if (di === 0 && dj === 0) continue;
      const r = row + di;
      const c = col + dj;
      if (r < 0 || c < 0 || r >= grid.shape[0] || c >= grid.shape[1]) continue;
      const v: number = grid.get(r, c);
      if (v !== NODATA) {
        total += v;
        count++;
      }
    }
  }
  return count > 0 ? total / count : NODATA;
}

console.log("raster mean before cleaning:", validMean(dem).toFixed(2));

// Fill the single nodata hole from its neighbours.
const patched = dem;
const holeRow = 3;
const holeCol = 3;
const fillValue = neighbourMean(dem, holeRow, holeCol);
patched.set([holeRow, holeCol], fillValue); // expect: no-alias-mutation
console.log("raster mean after patching:", validMean(dem).toFixed(2));

// Window statistics on an independent copy: centring it does not touch the DEM.
const window = dem.slice("0:3", "0:3");
const anomalies = window.copy();
anomalies.isub(anomalies.mean());
console.log("window anomalies:", anomalies.tolist());

// Coastline clean-up: negative heights inside the window become sea level.
let clamped = 0;
for (let i = 0; i < window.shape[0]; i++) {
  for (let j = 0; j < window.shape[1]; j++) {
    const h: number = window.get(i, j);
    if (h < 0) {
      window.set([i, j], 0); // expect: no-view-mutation
      clamped++;
    }
  }
}
console.log("clamped cells in window:", clamped, "window relief:", window.max() - window.min());
console.log("raster mean after clamping:", validMean(dem).toFixed(2));

const summary = {
  min: dem.min(),
  max: dem.max(),
  mean: validMean(dem),
};
console.log("raster summary:", summary);
