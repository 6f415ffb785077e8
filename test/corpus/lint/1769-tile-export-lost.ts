// Prepares 8-bit image tiles for export: gamma-corrects them, masks rows, estimates the median level and frees temporaries in finally blocks.
import { array, zeros, NDArray } from "ndalias";

export function toUnitRange(tile: NDArray): NDArray {
  const unit = tile.astype("float64");
  unit.idiv(255);
  return unit;
}

export function gammaCorrected(tile: NDArray, gamma: number): number[][] {
  const linear = toUnitRange(tile);
  try {
    for (let i = 0; i < linear.size; i++) {
      linear.data[i] = Math.pow(linear.data[i] as number, gamma);
    }
    linear.imul(255);
    return linear.tolist() as number[][];
  } finally {
    linear.dispose();
  }
}

export function maskRows(tile: NDArray, rows: number[]): void {
  tile.take(rows, 0).fill(0); // expect: no-lost-write
}

export function clearTopBand(tile: NDArray, height: number): void {
  tile.slice(`:${height}`).fill(0);
}

export function medianLevel(tile: NDArray): number {
  const pixels = tile.flatten();
  pixels.sort(); // expect: no-lost-write
  const mid = Math.floor(tile.size / 2);
  return tile.ravel().get(mid);
}

export function medianLevelSorted(tile: NDArray): number {
  const pixels = tile.flatten();
  try {
    pixels.sort();
    return pixels.get(Math.floor(pixels.size / 2));
  } finally {
    pixels.dispose();
  }
}

export function previewRows(tile: NDArray, rows: number[]): number[][] {
  const preview = tile.take(rows, 0);
  preview.imul(0.5);
  return preview.tolist() as number[][];
}

export function paddedCopy(tile: NDArray, pad: number): NDArray {
  const [h, w] = tile.shape;
  const out = zeros([h + 2 * pad, w + 2 * pad], tile.dtype);
  out.assign(`${pad}:${pad + h}, ${pad}:${pad + w}`, tile);
  return out;
}

function checksum(tile: NDArray): number {
  let acc = 0;
  for (let i = 0; i < tile.size; i++) {
    acc = (acc * 31 + (tile.data[tile.offset + i] as number)) % 65521;
  }
  return acc;
}

const tiles = [
  array([[12, 40, 200], [90, 255, 7], [33, 66, 99]]),
  array([[0, 128, 255], [64, 64, 64], [250, 5, 130]]),
];

for (const [i, tile] of tiles.entries()) {
  console.log(`tile ${i} gamma 2.2:`, gammaCorrected(tile, 2.2));
  console.log(`tile ${i} preview of row 1:`, previewRows(tile, [1]));
  console.log(`tile ${i} median (sorted copy):`, medianLevelSorted(tile));

  maskRows(tile, [0, 2]);
  console.log(`tile ${i} after masking rows 0 and 2:`, tile.tolist());
  console.log(`tile ${i} median:`, medianLevel(tile));

  const padded = paddedCopy(tile, 1);
  try {
    clearTopBand(padded, 1);
    console.log(`tile ${i} padded:`, padded.tolist(), "checksum:", checksum(tile));
  } finally {
    padded.dispose();
  }
}

for (const tile of tiles) tile.dispose();
