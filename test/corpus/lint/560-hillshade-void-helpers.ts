// Prepares a DEM with in-place helpers (nodata fill, border clearing, band scaling) and renders a hillshade into a new grid.
import { array, zeros, NDArray } from "ndalias";

const NODATA = -9999;

function fillNodataInPlace(dem: NDArray, value: number): void {
  for (let i = 0; i < dem.shape[0]; i++) {
    for (let j = 0; j < dem.shape[1]; j++) {
      if ((dem.get(i, j) as number) === NODATA) dem.set([i, j], value);
    }
  }
}

function clearBorder(grid: NDArray): void {
  const rows = grid.shape[0];
  const top = grid.slice(0);
  top.fill(0);
  grid.slice(rows - 1).fill(0);
  grid.slice(":", 0).fill(0);
  grid.slice(":", -1).fill(0);
}

function hillshade(dem: NDArray, cellSize: number, azimuthDeg: number, altitudeDeg: number): NDArray {
  const [rows, cols] = dem.shape;
  const shade = zeros([rows, cols]);
  const az = ((360 - azimuthDeg + 90) % 360) * (Math.PI / 180);
  const zen = (90 - altitudeDeg) * (Math.PI / 180);
  for (let i = 1; i < rows - 1; i++) {
    for (let j = 1; j < cols - 1; j++) {
      const dzdx = ((dem.get(i, j + 1) as number) - (dem.get(i, j - 1) as number)) / (2 * cellSize);
      const dzdy = ((dem.get(i + 1, j) as number) - (dem.get(i - 1, j) as number)) / (2 * cellSize);
      const slope = Math.atan(Math.hypot(dzdx, dzdy));
      const aspect = Math.atan2(dzdy, -dzdx);
      const value = Math.cos(zen) * Math.cos(slope) + Math.sin(zen) * Math.sin(slope) * Math.cos(az - aspect);
      shade.set([i, j], Math.max(0, 255 * value));
    }
  }
  return shade;
}

const dem = array([
  [100, 102, 105, 107, 110],
  [101, 104, NODATA, 109, 112],
  [103, 106, 110, 113, 116],
  [104, 108, 112, 116, 120],
  [106, 110, 115, 119, 124],
]);

fillNodataInPlace(dem, 107);
const shade = hillshade(dem, 30, 315, 45);
clearBorder(shade);
console.log("hillshade:", shade.tolist());

const bands = [dem.astype("float32"), shade.astype("float32")];
bands.forEach((b) => {
  b.idiv(b.max());
});
console.log("scaled band maxima:", bands.map((b) => b.max()));
