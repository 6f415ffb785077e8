// Block-mean codec sketch: views a 4x4 grayscale image as 2x2 tiles, encodes tile means, and prints residuals next to the source image.
// runnable
import { array, zeros, NDArray } from "ndalias";

const SIZE = 4;
const BLOCK = 2;
const N = SIZE / BLOCK;

function encodeMeans(tiles: NDArray): NDArray {
  const means = zeros([N, N]);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) {
      means.set([i, j], tiles.slice(i, j).mean());
    }
  }
  return means;
}

function decodeMeans(means: NDArray): NDArray {
  const out = zeros([SIZE, SIZE]);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) {
      out.slice(`${i * BLOCK}:${(i + 1) * BLOCK}, ${j * BLOCK}:${(j + 1) * BLOCK}`).fill(means.get(i, j));
    }
  }
  return out;
}

function psnr(a: NDArray, b: NDArray, peak: number): number {
  const d = a.sub(b);
  const mse = d.mul(d).mean();
  return mse === 0 ? Infinity : 10 * Math.log10((peak * peak) / mse);
}

function estimateBits(residual: NDArray, step: number): number {
  let bits = 0;
  for (const v of residual.flatten().tolist() as number[]) {
    const q = Math.round(Math.abs(v) / step);
    bits += q === 0 ? 1 : 2 * Math.floor(Math.log2(q)) + 2;
  }
  return bits;
}

function show(label: string, img: NDArray): void {
  console.log(label);
  for (const row of img.tolist() as number[][]) {
    console.log("  " + row.map((v) => v.toFixed(1).padStart(6)).join(""));
  }
}

const image = array([
  [10, 12, 40, 44],
  [11, 13, 42, 46],
  [80, 84, 20, 20],
  [82, 86, 22, 18],
]);

// [N, BLOCK, N, BLOCK] -> [N, N, BLOCK, BLOCK]; both steps are views of the contiguous image
const tiles = image.reshape(N, BLOCK, N, BLOCK).transpose(0, 2, 1, 3);
const means = encodeMeans(tiles);
show("tile means", means);

// zero-mean the image for the residual coder, working on a flat vector
const globalMean = image.mean();
const flat = image.reshape(SIZE * SIZE);
flat.isub(globalMean); // expect: no-view-mutation
console.log("flat residual energy:", flat.mul(flat).sum().toFixed(1));

// smooth the first tile before coding it: replace it by its mean
const firstTile = tiles.slice(0, 0);
firstTile.fill(firstTile.mean()); // expect: no-view-mutation

const decoded = decodeMeans(means);
show("tile means re-measured", encodeMeans(tiles));
show("decoded", decoded);
show("source image", image);
console.log("PSNR:", psnr(image, decoded, 255).toFixed(2), "dB");

// a correct variant for the report: residual on an independent copy
const residual = image.copy();
residual.isub(decoded);
show("residual", residual);
console.log("estimated bits at step 4:", estimateBits(residual, 4));
