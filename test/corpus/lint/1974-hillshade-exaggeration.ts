// Derives slope and hillshade grids from a 5x5 elevation model with vertical exaggeration and a datum shift, and prints relief statistics.
import { array, zeros, NDArray } from "ndalias";

const CELL = 30;
const Z_FACTOR = 1.5;
const DATUM_SHIFT = 0.42;
const units: string = process.env.DEM_UNITS ?? "m";

const elevation = array([
  [812.0, 815.5, 819.2, 824.0, 829.8],
  [810.4, 813.9, 818.1, 823.3, 828.7],
  [808.1, 811.7, 816.4, 821.9, 827.5],
  [805.5, 809.2, 814.0, 819.8, 825.6],
  [803.0, 806.8, 811.5, 817.2, 823.1],
]);

function clampRC(z: NDArray, r: number, c: number): number {
  const rr = Math.min(z.shape[0] - 1, Math.max(0, r));
  const cc = Math.min(z.shape[1] - 1, Math.max(0, c));
  return z.get(rr, cc);
}

// Horn's method gradients at one cell.
function gradient(z: NDArray, r: number, c: number): [number, number] {
  const a = clampRC(z, r - 1, c - 1), b = clampRC(z, r - 1, c), cc = clampRC(z, r - 1, c + 1);
  const d = clampRC(z, r, c - 1), f = clampRC(z, r, c + 1);
  const g = clampRC(z, r + 1, c - 1), h = clampRC(z, r + 1, c), i = clampRC(z, r + 1, c + 1);
  const dzdx = (cc + 2 * f + i - (a + 2 * d + g)) / (8 * CELL);
  const dzdy = (g + 2 * h + i - (a + 2 * b + cc)) / (8 * CELL);
  return [dzdx, dzdy];
}

function slopeDegrees(z: NDArray): NDArray {
  const out = zeros(z.shape);
  for (let r = 0; r < z.shape[0]; r++) {
    for (let c = 0; c < z.shape[1]; c++) {
      const [dx, dy] = gradient(z, r, c);
      out.set([r, c], (Math.atan(Math.hypot(dx, dy)) * 180) / Math.PI);
    }
  }
  return out;
}

function hillshade(z: NDArray, azimuthDeg: number, altitudeDeg: number): NDArray {
  const out = zeros(z.shape);
  const zenith = ((90 - altitudeDeg) * Math.PI) / 180;
  const azimuth = ((360 - azimuthDeg + 90) % 360) * (Math.PI / 180);
  for (let r = 0; r < z.shape[0]; r++) {
    for (let c = 0; c < z.shape[1]; c++) {
      const [dx, dy] = gradient(z, r, c);
      const slope = Math.atan(Math.hypot(dx, dy));
      const aspect = Math.atan2(dy, -dx);
      const v = Math.cos(zenith) * Math.cos(slope) + Math.sin(zenith) * Math.sin(slope) * Math.cos(azimuth - aspect);
      out.set([r, c], Math.max(0, Math.round(255 * v)));
    }
  }
  return out;
}

// Slope on the true surface.
const slope = slopeDegrees(elevation);
console.log("mean slope (deg):", slope.mean().toFixed(2), "steepest:", slope.max().toFixed(2));

// Relief relative to the lowest cell, computed on a copy.
const relative = elevation.copy();
relative.isub(elevation.min());
console.log("relative relief (m):", (relative.tolist() as number[][])[0]);

// Exaggerate the relief for a more readable hillshade.
const exaggerated = elevation;
exaggerated.imul(Z_FACTOR); // expect: no-alias-mutation
const shade = hillshade(exaggerated, 315, 45);
console.log("hillshade:", shade.tolist());

// Heights in feet for the US deliverable.
const feetGrid = elevation.mul(3.28084);

// Apply the vertical datum shift to whichever grid matches the requested units.
const working = units === "m" ? elevation : feetGrid;
working.isub(units === "m" ? DATUM_SHIFT : DATUM_SHIFT * 3.28084); // expect: no-alias-mutation
console.log("datum-shifted mean:", working.mean().toFixed(2), units);

// Summary of the deliverables.
const contourBase = Math.floor(elevation.min() / 10) * 10;
console.log("contour base (m):", contourBase, "relief (m):", (elevation.max() - elevation.min()).toFixed(2));
console.log("feet grid range:", feetGrid.min().toFixed(1), "-", feetGrid.max().toFixed(1));
