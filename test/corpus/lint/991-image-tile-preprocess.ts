// Tile-based preprocessing of a small grayscale image: border masking, per-tile contrast stretch and tile statistics.
import { arange, zeros, NDArray } from "ndalias";

const TILE = 4;

/** Stretches the values of one tile to [0, 1], in place. */
function stretchInPlace(tile: NDArray): void {
  const lo = tile.min();
  const hi = tile.max();
  if (hi === lo) {
    tile.fill(0);
    return;
  }
  tile.isub(lo);
  tile.idiv(hi - lo);
}

/** Zeroes a frame of `width` pixels around the image, in place. */
function maskBorder(img: NDArray, width: number): void {
  const top = img.slice(`:${width}`);
  const bottom = img.slice(`-${width}:`);
  top.fill(0);
  bottom.fill(0);
  img.slice(":", `:${width}`).fill(0);
  img.slice(":", `-${width}:`).fill(0);
}

function tileMeans(img: NDArray, size: number): number[] {
  const means: number[] = [];
  for (let r = 0; r < img.shape[0]; r += size) {
    for (let c = 0; c < img.shape[1]; c += size) {
      const tile = img.slice(`${r}:${r + size}`, `${c}:${c + size}`);
      means.push(Number(tile.mean().toFixed(2)));
    }
  }
  return means;
}

function stretchedTiles(img: NDArray, size: number): NDArray {
  const out = img.copy();
  for (let r = 0; r < out.shape[0]; r += size) {
    for (let c = 0; c < out.shape[1]; c += size) {
      stretchInPlace(out.slice(`${r}:${r + size}`, `${c}:${c + size}`));
    }
  }
  return out;
}

function toBytes(img: NDArray): NDArray {
  const scaled = img.mul(255);
  for (let i = 0; i < scaled.size; i++) {
    scaled.data[i] = Math.round(scaled.data[i] as number);
  }
  return scaled.astype("uint8");
}

function edgeStrength(img: NDArray): number {
  const dx = img.slice(":, 1:").sub(img.slice(":, :-1"));
  const dy = img.slice("1:, :").sub(img.slice(":-1, :"));
  dx.imul(dx);
  dy.imul(dy);
  return Math.sqrt(dx.sum() + dy.sum());
}

const image = arange(0, 64).reshape(8, 8);
image.imul(3);

// Statistics and references taken before preprocessing.
const meansBefore = tileMeans(image, TILE);
const firstRows = image.take([0, 1], 0);
const flatBefore = image.flatten();
const corner = image.slice(":2, :2");
const diag = image.diagonal();
console.log("corner before masking:", corner.tolist(), "trace:", diag.sum());
const edgesBefore = edgeStrength(image);

maskBorder(image, 1);

// The fancy-indexed rows are a copy: halving them does not touch the image.
firstRows.imul(0.5);
console.log("halved copy of the first rows:", firstRows.slice(0).tolist());
console.log("max of the unmasked image:", flatBefore.max());

const stretched = stretchedTiles(image, TILE);
const bytes = toBytes(stretched);
bytes.set([0, 0], 255);

// Names created after all writes to the image.
const centre = image.slice("2:6, 2:6");
const mirrored = image.flip(1);
const transposed = image.T;

const histogram = zeros(4);
for (let i = 0; i < bytes.size; i++) {
  const bin = Math.min(3, Math.floor((bytes.data[i] as number) / 64));
  histogram.set(bin, histogram.get(bin) + 1);
}

console.log("tile means before:", meansBefore);
console.log("tile means after masking:", tileMeans(image, TILE));
console.log("edge strength before/after:", edgesBefore.toFixed(1), edgeStrength(image).toFixed(1));
console.log("centre mean:", centre.mean(), "mirrored second row:", mirrored.slice(1).tolist());
console.log("first column:", transposed.slice(0).tolist());
console.log("byte histogram:", histogram.tolist(), "stretched max:", stretched.max());
