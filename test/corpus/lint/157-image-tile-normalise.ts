// Image tiler: every T x T tile is mean-centred through chained slices at computed offsets, and per-tile statistics are read through each tile's own view.
import { arange, zeros, NDArray } from "ndalias";

const T = 4;

function makeImage(rows: number, cols: number): NDArray {
  const img = arange(rows * cols).reshape(rows, cols).mul(1.5);
  return img;
}

function centreTiles(img: NDArray): NDArray {
  const out = img.copy();
  const tr = out.shape[0] / T;
  const tc = out.shape[1] / T;
  for (let r = 0; r < tr; r++) {
    for (let c = 0; c < tc; c++) {
      const spec = `${r * T}:${(r + 1) * T}, ${c * T}:${(c + 1) * T}`;
      const m = out.slice(spec).mean();
      out.slice(spec).isub(m);
    }
  }
  return out;
}

function tileContrast(img: NDArray): NDArray {
  const tr = img.shape[0] / T;
  const tc = img.shape[1] / T;
  const contrast = zeros([tr, tc]);
  for (let r = 0; r < tr; r++) {
    for (let c = 0; c < tc; c++) {
      const tile = img.slice(`${r * T}:${(r + 1) * T}`, `${c * T}:${(c + 1) * T}`);
      contrast.set([r, c], tile.max() - tile.min());
    }
  }
  return contrast;
}

function scaleTilesInPlace(work: NDArray, gains: number[]): number[] {
  const sums: number[] = [];
  const tc = work.shape[1] / T;
  for (let c = 0; c < tc; c++) {
    const band = zeros([work.shape[0], T]);
    band.assign(":", work.slice(":", `${c * T}:${(c + 1) * T}`));
    band.imul(gains[c % gains.length]);
    sums.push(band.sum());
  }
  return sums;
}

function bandGains(img: NDArray, gains: number[]): number[] {
  const work = img.copy();
  const sums: number[] = [];
  for (let r = 0; r < work.shape[0] / T; r++) {
    const band = work.slice(`${r * T}:${(r + 1) * T}`);
    band.imul(gains[r]);
    sums.push(band.sum());
  }
  return sums;
}

const image = makeImage(8, 12);
console.log("row-band sums:", bandGains(image, [1, 0.5]));
const centred = centreTiles(image);
console.log("centred total (≈0):", centred.sum().toFixed(6));
console.log("original total:", image.sum());
console.log("contrast:", tileContrast(image).tolist());
console.log("band sums:", scaleTilesInPlace(centred.add(1), [1, 2, 0.5]));
