// Terrain analysis helpers: slope in degrees from a DEM, a robust relief measure per tile, and a percentile of elevations.
import { array, zeros, NDArray } from "ndalias";

export function slopeDegrees(dem: NDArray, cellSize: number): NDArray {
  const [rows, cols] = dem.shape;
  // Work in cell units so the central differences below need no extra scaling.
  dem.idiv(cellSize); // expect: no-alias-mutation
  const slope = zeros([rows, cols]);
  for (let i = 1; i < rows - 1; i++) {
    for (let j = 1; j < cols - 1; j++) {
      const dzdx = ((dem.get(i, j + 1) as number) - (dem.get(i, j - 1) as number)) / 2;
      const dzdy = ((dem.get(i + 1, j) as number) - (dem.get(i - 1, j) as number)) / 2;
      slope.set([i, j], (Math.atan(Math.hypot(dzdx, dzdy)) * 180) / Math.PI);
    }
  }
  return slope;
}

export function robustRelief(tile: NDArray): number {
  const values = tile.ravel();
  values.sort(); // expect: no-view-mutation
  const n = values.size;
  const lo: number = values.get(Math.floor(n * 0.05));
  const hi: number = values.get(Math.min(n - 1, Math.floor(n * 0.95)));
  return hi - lo;
}

export function percentile(tile: NDArray, q: number): number {
  const values = tile.flatten();
  values.sort();
  const k = Math.min(values.size - 1, Math.max(0, Math.round((q / 100) * (values.size - 1))));
  return values.get(k);
}

export function meanSlope(dem: NDArray, cellSize: number): number {
  const slope = slopeDegrees(dem.copy(), cellSize);
  const interior = slope.slice("1:-1", "1:-1");
  return interior.mean();
}

const dem = array([
  [310, 312, 315, 319, 324],
  [308, 311, 316, 321, 327],
  [305, 309, 314, 320, 328],
  [301, 306, 312, 319, 329],
]);

console.log("median elevation:", percentile(dem, 50));
console.log("mean slope (deg):", meanSlope(dem, 30).toFixed(2));
console.log("relief:", robustRelief(dem));
const slope = slopeDegrees(dem, 30);
console.log("slope grid:", slope.tolist());
console.log("elevation range:", dem.min(), dem.max());
