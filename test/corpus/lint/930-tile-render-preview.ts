// Cuts a 6x6 elevation mosaic into 3x3 tiles, renders each as an 8-bit image, and prints a sea-level preview beside the mosaic statistics.
// runnable
import { array, zeros, NDArray } from "ndalias";

const TILE = 3;
const NODATA = -9999;

interface TileRef {
  row: number;
  col: number;
  pixels: NDArray;
}

const mosaic = array([
  [120, 122, 125, 130, 134, 139],
  [118, 121, 124, 129, 133, 137],
  [115, 119, 123, NODATA, 131, 136],
  [112, 116, 120, 126, 130, 135],
  [110, 114, 118, 124, 129, 133],
  [108, 111, 115, 121, 127, 131],
]);

function cutTiles(src: NDArray, size: number): TileRef[] {
  const out: TileRef[] = [];
  for (let r = 0; r < src.shape[0]; r += size) {
    for (let c = 0; c < src.shape[1]; c += size) {
      out.push({ row: r / size, col: c / size, pixels: src.slice(`${r}:${r + size}`, `${c}:${c + size}`) });
    }
  }
  return out;
}

function validRange(raster: NDArray): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < raster.shape[0]; i++) {
    for (let j = 0; j < raster.shape[1]; j++) {
      const v: number = raster.get(i, j);
      if (v === NODATA) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
  }
  return [lo, hi];
}

function validMask(tile: NDArray): NDArray {
  const mask = zeros(tile.shape, "uint8");
  for (let i = 0; i < tile.shape[0]; i++) {
    for (let j = 0; j < tile.shape[1]; j++) {
      if (tile.get(i, j) !== NODATA) mask.set([i, j], 1);
    }
  }
  return mask;
}

function meanValid(raster: NDArray): number {
  const mask = validMask(raster);
  const count = mask.sum();
  return count === 0 ? 0 : raster.mul(mask).sum() / count;
}

function toByteImage(tile: NDArray, lo: number, hi: number): NDArray {
  const img = tile.copy();
  const mask = validMask(tile);
  for (let i = 0; i < img.shape[0]; i++) {
    for (let j = 0; j < img.shape[1]; j++) {
      if (mask.get(i, j) === 0) img.set([i, j], lo);
    }
  }
  img.isub(lo);
  img.imul(254 / Math.max(1, hi - lo));
  img.iadd(1);
  return img.mul(mask).astype("uint8");
}

const [lo, hi] = validRange(mosaic);
const tiles = cutTiles(mosaic, TILE);
for (const t of tiles) {
  const img = toByteImage(t.pixels, lo, hi);
  console.log(`tile ${t.row}/${t.col} valid=${validMask(t.pixels).sum()}`, img.tolist());
}

// Half-resolution thumbnail for the layer list, stretched in its own copy.
const thumbnail = mosaic.slice("::2", "::2").copy();
thumbnail.isub(lo);
thumbnail.imul(0.5);
console.log("thumbnail:", thumbnail.tolist());

// Sea-level preview of the north-west tile for the overview map.
const preview = mosaic.slice("0:3", "0:3");
const seaLevel = lo - 10;
preview.isub(seaLevel); // expect: no-view-mutation
console.log("preview:", preview.tolist());

// Statistics of the whole mosaic for the metadata endpoint.
const [minNow, maxNow] = validRange(mosaic);
console.log("mosaic mean:", meanValid(mosaic).toFixed(2), "range:", minNow, maxNow);
