// Reprojection helpers that resample source grids into destination tiles in place, used to assemble a 6x6 mosaic with a no-data frame.
import { array, zeros, full, NDArray } from "ndalias";

const NODATA = -32768;
const TILE = 3;

interface Affine {
  scale: number;
  offsetRow: number;
  offsetCol: number;
}

// Bilinear sample of a source grid at fractional coordinates; NODATA outside the grid.
function bilinear(src: NDArray, r: number, c: number): number {
  const [h, w] = src.shape;
  if (r < 0 || c < 0 || r > h - 1 || c > w - 1) return NODATA;
  const r0 = Math.floor(r), c0 = Math.floor(c);
  const r1 = Math.min(h - 1, r0 + 1), c1 = Math.min(w - 1, c0 + 1);
  const fr = r - r0, fc = c - c0;
  const top = src.get(r0, c0) * (1 - fc) + src.get(r0, c1) * fc;
  const bottom = src.get(r1, c0) * (1 - fc) + src.get(r1, c1) * fc;
  return top * (1 - fr) + bottom * fr;
}

// Fills every pixel of dst from src under an affine mapping; dst is the output, written on purpose.
function resampleInto(dst: NDArray, src: NDArray, t: Affine): void {
  const [h, w] = dst.shape;
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      dst.set([r, c], bilinear(src, r * t.scale + t.offsetRow, c * t.scale + t.offsetCol));
    }
  }
}

// Replaces NODATA pixels of a tile with a fallback value, in place.
function patchNoData(tile: NDArray, fallback: number): void {
  const [h, w] = tile.shape;
  for (let r = 0; r < h; r++) {
    for (let c = 0; c < w; c++) {
      if (tile.get(r, c) === NODATA) tile.set([r, c], fallback);
    }
  }
}

// Draws a one-pixel frame on a grid, in place, through a view of its border rows and columns.
function drawFrame(grid: NDArray, value: number): void {
  const top = grid.slice(0);
  const bottom = grid.slice(-1);
  top.fill(value);
  bottom.fill(value);
  grid.slice(":", 0).fill(value);
  grid.slice(":", -1).fill(value);
}

const sourceA = array([
  [10, 12, 14, 16],
  [11, 13, 15, 17],
  [12, 14, 16, 18],
  [13, 15, 17, 19],
]);
const sourceB = array([
  [40, 42, 44],
  [41, 43, 45],
  [42, 44, 46],
]);

const mosaic = zeros([2 * TILE, 2 * TILE]);

// Each quadrant is resampled straight into the mosaic through an unnamed view.
resampleInto(mosaic.slice("0:3, 0:3"), sourceA, { scale: 1.5, offsetRow: 0, offsetCol: 0 });
resampleInto(mosaic.slice("0:3, 3:6"), sourceB, { scale: 1, offsetRow: 0, offsetCol: 0 });
resampleInto(mosaic.slice("3:6, 0:3"), sourceA, { scale: 1, offsetRow: 1.5, offsetCol: 0.5 });
resampleInto(mosaic.slice("3:6, 3:6"), sourceB, { scale: 1, offsetRow: 1, offsetCol: 1 });

patchNoData(mosaic, sourceB.mean());
console.log("resampled mosaic:", mosaic.tolist());

// Scratch tiles for the cache warm-up: reset in a forEach callback, then printed.
const scratchTiles = [zeros([TILE, TILE]), full([TILE, TILE], 7)];
scratchTiles.forEach((t) => {
  t.fill(NODATA);
});
console.log("scratch tiles reset:", scratchTiles.map((t) => t.min() === NODATA));

// Frame the mosaic for the map sheet.
drawFrame(mosaic, 0);

const interior = mosaic.slice("1:-1, 1:-1");
console.log("interior mean:", interior.mean().toFixed(2), "frame sum:", mosaic.sum() - interior.sum());
console.log("source means:", sourceA.mean(), sourceB.mean());
