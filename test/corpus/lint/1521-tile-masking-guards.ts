// Prepares image tiles for an inpainting model: masks borders, isolates bright tiles on their own buffers and reports tile statistics.
import { arange, array, zeros, NDArray } from "ndalias";

const SIZE = 6;
const TILE = 3;
const BRIGHT = 10;

function makeImage(): NDArray {
  return arange(0, SIZE * SIZE).reshape(SIZE, SIZE);
}

// Masks a square patch in place; callers pass the image they want masked.
function maskPatch(img: NDArray, r: number, c: number, size: number): void {
  if (size <= 0) return;
  if (r < 0 || c < 0 || r + size > img.shape[0] || c + size > img.shape[1]) {
    console.log(`patch at (${r}, ${c}) of size ${size} is out of bounds, skipped`);
    return;
  }
  img.slice(`${r}:${r + size}, ${c}:${c + size}`).fill(-1);
}

function tileStats(tile: NDArray): string {
  return `mean ${tile.mean().toFixed(2)} min ${tile.min()} max ${tile.max()}`;
}

// --- border masking with the slice-assignment idiom ------------------------------------
const image = makeImage();
image.slice(0).fill(0);
image.slice(-1).fill(0);
image.slice(":", 0).fill(0);
image.slice(":", -1).fill(0);
const interior = image.slice("1:-1, 1:-1");
console.log("interior after border masking:", tileStats(interior));
console.log("image total:", image.sum());

// --- bright tiles get their own buffer before being centred ----------------------------
const tiles: NDArray[] = [];
for (let tr = 0; tr < SIZE; tr += TILE) {
  for (let tc = 0; tc < SIZE; tc += TILE) {
    let tile = image.slice(`${tr}:${tr + TILE}, ${tc}:${tc + TILE}`);
    const m = tile.mean();
    if (m < BRIGHT) {
      tiles.push(tile);
      continue;
    }
    tile = tile.copy();
    tile.isub(m);
    tiles.push(tile);
  }
}
tiles.forEach((t, k) => console.log(`tile ${k}:`, tileStats(t)));
console.log("image total after tiling:", image.sum());

// --- inpainting mask: drawn on a fresh image, views made only afterwards ---------------
const canvas = makeImage();
maskPatch(canvas, 2, 2, 2);
maskPatch(canvas, 5, 5, 3);
const maskedRows = canvas.slice("2:4");
const holeCount = countHoles(maskedRows);
console.log(`masked rows hold ${holeCount} holes; canvas mean ${canvas.mean().toFixed(2)}`);

function countHoles(region: NDArray): number {
  let n = 0;
  for (let r = 0; r < region.shape[0]; r++) {
    for (let c = 0; c < region.shape[1]; c++) {
      if (region.get(r, c) === -1) n++;
    }
  }
  return n;
}

// --- exposure check: a bright reference row is flattened to its mean on its own buffer -
let reference: NDArray = canvas.slice(0);
const referenceMean = reference.mean();
if (referenceMean > 1) {
  reference = reference.copy();
  reference.fill(referenceMean);
}
const baseline = zeros(SIZE);
baseline.iadd(referenceMean / 2);
const firstRow = canvas.slice(0);
console.log(`reference row ${JSON.stringify(reference.tolist())}, first row ${JSON.stringify(firstRow.tolist())}`);
console.log(`baseline ${JSON.stringify(baseline.tolist())}`);

// --- a synthetic test card never shares memory with the photos -------------------------
const card = array([
  [0, 255, 0],
  [255, 0, 255],
  [0, 255, 0],
]);
const cardInverted = card.mul(-1).add(255);
cardInverted.slice("1:2, 1:2").fill(128);
console.log("card:", card.tolist(), "inverted:", cardInverted.tolist());
