// Applies in-place preprocessing helpers (scale/offset, cloud masking, border clearing) to the bands of a Landsat-like tile stack.
import { array, zeros, NDArray } from "ndalias";
import { EventEmitter } from "node:events";

const NODATA = 0;
const SCALE = 0.0000275;
const OFFSET = -0.2;

interface TileStack {
  id: string;
  bands: NDArray[];
  qa: NDArray;
}

function applyScaleOffset(band: NDArray, scale: number, offset: number): void {
  band.imul(scale);
  band.iadd(offset);
}

function maskByQa(band: NDArray, qa: NDArray, cloudBit: number, fill: number): void {
  for (let i = 0; i < band.size; i++) {
    if (((qa.data[i] as number) >> cloudBit) & 1) {
      band.data[i] = fill;
    }
  }
}

function clearBorder(tile: NDArray, width: number): void {
  const [rows, cols] = tile.shape;
  const top = tile.slice(`:${width}, :`);
  const bottom = tile.slice(`${rows - width}:, :`);
  const left = tile.slice(`:, :${width}`);
  const right = tile.slice(`:, ${cols - width}:`);
  top.fill(NODATA);
  bottom.fill(NODATA);
  left.fill(NODATA);
  right.fill(NODATA);
}

function clampReflectance(band: NDArray): void {
  const flat = band.ravel();
  for (let i = 0; i < flat.size; i++) {
    const v = flat.get(i);
    if (v < 0) flat.set(i, 0);
    else if (v > 1) flat.set(i, 1);
  }
}

function makeStack(id: string, seed: number): TileStack {
  const bands: NDArray[] = [];
  for (let b = 0; b < 3; b++) {
    const band = zeros([4, 4]);
    for (let i = 0; i < band.size; i++) {
      band.data[i] = 7000 + ((seed * 31 + b * 977 + i * 613) % 9000);
    }
    bands.push(band);
  }
  const qa = array([
    [0, 0, 8, 8],
    [0, 0, 8, 0],
    [0, 0, 0, 0],
    [0, 8, 0, 0],
  ], "uint16");
  return { id, bands, qa };
}

const stacks = [makeStack("LC08_193027", 1), makeStack("LC08_193028", 2)];

// per-band preprocessing; the first pixel of every band is a calibration target and is blanked
for (const stack of stacks) {
  stack.bands.forEach((band) => applyScaleOffset(band, SCALE, OFFSET));
  stack.bands.forEach((band) => band.set([0, 0], NODATA));
  stack.bands.forEach((band) => maskByQa(band, stack.qa, 3, NODATA));
  stack.bands.forEach(clampReflectance);
}

// tiles arriving from the downloader get their collar cleared before they are stored
const downloads = new EventEmitter();
const received: NDArray[] = [];
downloads.on("tile", (tile: NDArray) => {
  clearBorder(tile, 1);
  tile.imul(2);
  received.push(tile);
});
downloads.emit("tile", stacks[0].bands[0].copy());
downloads.emit("tile", stacks[1].bands[2].copy());

for (const stack of stacks) {
  const [blue, green, red] = stack.bands;
  console.log(`${stack.id} blue mean ${blue.mean().toFixed(4)} green max ${green.max().toFixed(4)} red min ${red.min()}`);
  console.log(`${stack.id} red band:`, red.tolist());
}
for (const tile of received) {
  console.log("received tile interior:", tile.slice("1:-1, 1:-1").tolist());
}
