// Builds an overview pyramid for a raster by repeated 2x2 mean downsampling, clamps each level, and prints the levels coarse to fine.
import { zeros, NDArray } from "ndalias";

interface PyramidLevel {
  z: number;
  cellSize: number;
  pixels: NDArray;
  finer: PyramidLevel | null;
}

const MAX_ELEVATION = 400;

function downsample2x(src: NDArray): NDArray {
  const h = Math.floor(src.shape[0] / 2);
  const w = Math.floor(src.shape[1] / 2);
  const out = zeros([h, w]);
  out.iadd(src.slice(`0:${2 * h}:2`, `0:${2 * w}:2`));
  out.iadd(src.slice(`1:${2 * h}:2`, `0:${2 * w}:2`));
  out.iadd(src.slice(`0:${2 * h}:2`, `1:${2 * w}:2`));
  out.iadd(src.slice(`1:${2 * h}:2`, `1:${2 * w}:2`));
  out.imul(0.25);
  return out;
}

function clampInPlace(level: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < level.size; i++) {
    const v = level.data[i] as number;
    level.data[i] = Math.min(hi, Math.max(lo, v));
  }
}

function buildPyramid(base: NDArray, baseCell: number, minSize: number): PyramidLevel[] {
  let current: PyramidLevel = { z: 0, cellSize: baseCell, pixels: base, finer: null };
  const levels: PyramidLevel[] = [current];
  let pixels = base;
  while (Math.min(pixels.shape[0], pixels.shape[1]) >= 2 * minSize) {
    pixels = downsample2x(pixels);
    clampInPlace(pixels, 0, MAX_ELEVATION);
    const next: PyramidLevel = { z: current.z + 1, cellSize: current.cellSize * 2, pixels, finer: current };
    levels.push(next);
    current = next;
  }
  return levels;
}

function describe(level: PyramidLevel): string {
  const [h, w] = level.pixels.shape;
  return `z=${level.z} cell=${level.cellSize}m shape=${h}x${w} mean=${level.pixels.mean().toFixed(1)}`;
}

function stretchToBytes(pixels: NDArray): NDArray {
  const stretched = pixels.copy();
  stretched.isub(stretched.min());
  stretched.imul(255 / Math.max(1, stretched.max()));
  return stretched.astype("uint8");
}

const raster = zeros([16, 16]);
for (let i = 0; i < 16; i++) {
  for (let j = 0; j < 16; j++) {
    raster.set([i, j], 100 + 10 * i + 5 * j + ((i * j) % 7));
  }
}

const pyramid = buildPyramid(raster, 10, 2);
for (const level of pyramid) console.log(describe(level));

const coarsest = pyramid[pyramid.length - 1];
console.log("coarsest level:", coarsest.pixels.tolist());
console.log("coarsest preview:", stretchToBytes(coarsest.pixels).tolist());

// A scratch overview that only lives inside this block.
{
  using scratch = downsample2x(raster);
  console.log("scratch overview sum:", scratch.sum());
}

// Walk from the coarsest level back to the base through the finer links.
const maxima: number[] = [];
for (let lvl: PyramidLevel | null = coarsest; lvl !== null; lvl = lvl.finer) {
  maxima.push(lvl.pixels.max());
}
console.log("max per level (coarse to fine):", maxima.join(", "));
console.log("base raster corner:", raster.slice("0:2", "0:2").tolist());
