// Normalises a grayscale image tile by tile into a fresh canvas, skipping flat tiles, and prints a contrast report.
import { array, zeros, NDArray } from "ndalias";

function tileSpec(i: number, j: number, size: number): string {
  return `${i * size}:${(i + 1) * size}, ${j * size}:${(j + 1) * size}`;
}

function tileStats(img: NDArray, size: number): { means: NDArray; spreads: NDArray } {
  const [h, w] = img.shape;
  const ty = Math.ceil(h / size);
  const tx = Math.ceil(w / size);
  const means = zeros([ty, tx]);
  const spreads = zeros([ty, tx]);
  for (let i = 0; i < ty; i++) {
    for (let j = 0; j < tx; j++) {
      const tile = img.slice(tileSpec(i, j, size));
      means.set([i, j], tile.mean());
      spreads.set([i, j], tile.max() - tile.min());
    }
  }
  return { means, spreads };
}

function normalizeTiles(img: NDArray, size: number, floor: number): { canvas: NDArray; skipped: number } {
  const [h, w] = img.shape;
  const { means, spreads } = tileStats(img, size);
  let canvas = zeros([h, w]);
  let skipped = 0;
  let processed = 0;

  rows: for (let i = 0; i * size < h; i++) {
    for (let j = 0; j * size < w; j++) {
      const spec = tileSpec(i, j, size);
      const spread = spreads.get(i, j);
      if (spread < floor) {
        canvas.slice(spec).assign(":", img.slice(spec));
        skipped++;
        if (skipped > 6) {
          break rows;
        }
        continue;
      }
      const tile = img.slice(spec).copy();
      tile.isub(means.get(i, j));
      tile.idiv(spread);
      canvas.slice(spec).assign(":", tile);
      processed++;
    }
  }

  if (processed === 0) {
    // nothing had contrast: hand back a plain copy of the input instead
    canvas = img.copy();
    return { canvas, skipped };
  }

  const border = canvas.slice("0, :");
  const borderMean = border.mean();
  const centre = canvas.slice(`1:${h - 1}, 1:${w - 1}`);
  const centreSpread = centre.max() - centre.min();
  console.log("border mean:", borderMean.toFixed(3), "centre spread:", centreSpread.toFixed(3));

  canvas.isub(canvas.min());
  const top = canvas.max();
  if (top > 0) {
    canvas.imul(255 / top);
  }
  return { canvas, skipped };
}

function contrastReport(before: NDArray, after: NDArray): string {
  const lines: string[] = [];
  const rowsBefore = before.shape[0];
  for (let r = 0; r < rowsBefore; r++) {
    const a = before.slice(r);
    const b = after.slice(r);
    if (a.max() === a.min()) {
      lines.push(`row ${r}: flat`);
      continue;
    }
    lines.push(`row ${r}: ${(a.max() - a.min()).toFixed(1)} -> ${(b.max() - b.min()).toFixed(1)}`);
  }
  return lines.join("\n");
}

const image = array([
  [10, 12, 11, 10, 200, 90],
  [11, 13, 10, 12, 40, 160],
  [50, 50, 50, 50, 120, 130],
  [50, 50, 50, 50, 125, 135],
]);
const original = image.copy();
const { canvas, skipped } = normalizeTiles(image, 2, 5);
console.log("skipped flat tiles:", skipped);
console.log(contrastReport(original, canvas));

image.data[0] = 0;
const firstRow = image.slice(0);
console.log("first row after zeroing the corner:", firstRow.tolist());
console.log("canvas:", canvas.tolist());
