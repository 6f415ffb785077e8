// Pads DEM tiles with a replicated one-cell halo so the slope and blur kernels can run across tile borders, then re-levels the DEM.
import { array, full, zeros, NDArray } from "ndalias";

const NODATA = -1;
const CELL_SIZE = 30;

const dem = array([
  [10, 11, 13, 16, 20, 25],
  [11, 12, 14, 17, 21, 26],
  [12, 13, 15, 18, 22, 27],
  [12, 14, 16, 19, 23, 28],
]);

function padWithHalo(tile: NDArray, halo: number): NDArray {
  const h = tile.shape[0];
  const w = tile.shape[1];
  const padded = full([h + 2 * halo, w + 2 * halo], NODATA);
  padded.slice(`${halo}:${halo + h}`, `${halo}:${halo + w}`).assign(":", tile);
  for (let k = 0; k < halo; k++) {
    padded.slice(k, `${halo}:${halo + w}`).assign(":", tile.slice(0));
    padded.slice(halo + h + k, `${halo}:${halo + w}`).assign(":", tile.slice(h - 1));
  }
  for (let k = 0; k < halo; k++) {
    padded.slice(":", k).assign(":", padded.slice(":", halo));
    padded.slice(":", halo + w + k).assign(":", padded.slice(":", halo + w - 1));
  }
  return padded;
}

function slopeDegrees(padded: NDArray): NDArray {
  const h = padded.shape[0] - 2;
  const w = padded.shape[1] - 2;
  const out = zeros([h, w]);
  for (let i = 0; i < h; i++) {
    for (let j = 0; j < w; j++) {
      const dzdx = (padded.get(i + 1, j + 2) - padded.get(i + 1, j)) / (2 * CELL_SIZE);
      const dzdy = (padded.get(i + 2, j + 1) - padded.get(i, j + 1)) / (2 * CELL_SIZE);
      out.set([i, j], (Math.atan(Math.hypot(dzdx, dzdy)) * 180) / Math.PI);
    }
  }
  return out;
}

function boxBlur(tile: NDArray): NDArray {
  const padded = padWithHalo(tile, 1);
  const out = zeros(tile.shape);
  for (let i = 0; i < tile.shape[0]; i++) {
    for (let j = 0; j < tile.shape[1]; j++) {
      const window = padded.slice(`${i}:${i + 3}`, `${j}:${j + 3}`);
      out.set([i, j], window.mean());
    }
  }
  return out;
}

function round2(x: NDArray): number[][] {
  return (x.tolist() as number[][]).map((row) => row.map((v) => Math.round(v * 100) / 100));
}

// The west tile is copied out of the DEM before its corner cell is patched.
const west = dem.slice(":", ":3").copy();
west.set([0, 0], west.get(1, 0));
const westSlope = slopeDegrees(padWithHalo(west, 1));

// The east tile is only read through its view; nothing writes the DEM while it is in use.
const east = dem.slice(":", "3:");
const eastSlope = slopeDegrees(padWithHalo(east, 1));
const eastBlur = boxBlur(east);
console.log("east tile:", east.tolist(), "blurred:", round2(eastBlur));
console.log("west slope:", round2(westSlope));
console.log("east slope:", round2(eastSlope));

// The top-row view is printed before the DEM is re-levelled and never used again.
const topRow = dem.slice(0);
console.log("top row before levelling:", topRow.tolist(), "max:", topRow.max());
dem.isub(dem.min());
console.log("levelled dem:", dem.tolist());

// Residual of the blur against the levelled DEM, in a fresh array.
const residual = boxBlur(dem).sub(dem);
console.log("blur residual:", round2(residual), "west copy:", west.tolist());
