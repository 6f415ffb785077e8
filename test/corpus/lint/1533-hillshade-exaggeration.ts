// Renders a hillshade from an edge-padded DEM, builds a vertically exaggerated copy for the 3-D view, and rescales the DEM to the output datum.
import { array, zeros, NDArray } from "ndalias";

const CELL = 25;
const EXAGGERATION = 2.5;
const DATUM_SHIFT = -0.42;

function padEdge(src: NDArray): NDArray {
  const [rows, cols] = src.shape;
  const out = zeros([rows + 2, cols + 2]);
  out.assign("1:-1, 1:-1", src);
  out.assign("0, 1:-1", src.slice(0));
  out.assign("-1, 1:-1", src.slice(-1));
  out.assign("1:-1, 0", src.slice(":", 0));
  out.assign("1:-1, -1", src.slice(":", -1));
  out.set([0, 0], src.get(0, 0));
  out.set([0, cols + 1], src.get(0, cols - 1));
  out.set([rows + 1, 0], src.get(rows - 1, 0));
  out.set([rows + 1, cols + 1], src.get(rows - 1, cols - 1));
  return out;
}

function hillshade(dem: NDArray, azimuthDeg: number, altitudeDeg: number): NDArray {
  const padded = padEdge(dem);
  const [rows, cols] = dem.shape;
  const shade = zeros([rows, cols]);
  const zenith = ((90 - altitudeDeg) * Math.PI) / 180;
  const azimuth = ((360 - azimuthDeg + 90) * Math.PI) / 180;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const dzdx = (padded.get(r + 1, c + 2) - padded.get(r + 1, c)) / (2 * CELL);
      const dzdy = (padded.get(r + 2, c + 1) - padded.get(r, c + 1)) / (2 * CELL);
      const slope = Math.atan(Math.hypot(dzdx, dzdy));
      const aspect = Math.atan2(dzdy, -dzdx);
      const v =
        Math.cos(zenith) * Math.cos(slope) + Math.sin(zenith) * Math.sin(slope) * Math.cos(azimuth - aspect);
      shade.set([r, c], Math.max(0, v));
    }
  }
  return shade;
}

const dem = array([
  [220.5, 224.1, 230.8, 238.2, 245.0],
  [218.9, 222.7, 229.3, 236.6, 243.1],
  [216.4, 220.2, 226.5, 233.9, 240.2],
  [214.8, 218.1, 223.7, 230.4, 236.9],
]);

// read-only summaries through other names, all taken before the DEM is touched
const source = dem;
const northEdge = dem.slice(0);
const byColumn = dem.T;
console.log("source mean:", source.mean().toFixed(2), "north edge max:", northEdge.max());
console.log("column-wise first column:", byColumn.slice(0).tolist());

const shade = hillshade(dem, 315, 45);
console.log("hillshade mean:", shade.mean().toFixed(3));

// 3-D view: exaggerate relief on a copy, around the minimum elevation
const exaggerated = dem.copy();
const floor = exaggerated.min();
exaggerated.isub(floor);
exaggerated.imul(EXAGGERATION);
exaggerated.iadd(floor);
console.log("exaggerated relief:", (exaggerated.max() - exaggerated.min()).toFixed(2));

const shade3d = hillshade(exaggerated, 315, 45);
const contrast = shade3d.sub(shade);
console.log("shade contrast range:", contrast.min().toFixed(3), contrast.max().toFixed(3));

// shade to 8-bit for the PNG encoder
const shade8 = shade.mul(255).astype("uint8");
shade8.slice("0, :").fill(255);
console.log("8-bit hillshade:", shade8.tolist());

// finally shift the DEM to the output datum in place; nothing above is read again
dem.iadd(DATUM_SHIFT);
dem.data[0] = Math.round((dem.data[0] as number) * 100) / 100;
console.log("datum-shifted DEM:", dem.tolist());
console.log("datum-shifted mean:", dem.mean().toFixed(3));
