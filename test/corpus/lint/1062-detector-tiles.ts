// Cuts a grayscale frame into detector tiles: masks the watermark, frames a padded copy, augments each tile and prints tile statistics.
import { array, zeros, NDArray } from "ndalias";

type Aug = "none" | "flipH" | "flipV" | "transpose";
const AUGS: Aug[] = ["none", "flipH", "flipV", "transpose"];

function padded(img: NDArray, pad: number): NDArray {
  const [h, w] = img.shape;
  const canvas = zeros([h + 2 * pad, w + 2 * pad]);
  canvas.slice(`${pad}:${pad + h}, ${pad}:${pad + w}`).assign(":", img);
  return canvas;
}

function cutTiles(img: NDArray, size: number): NDArray[] {
  const out: NDArray[] = [];
  for (let r = 0; r + size <= img.shape[0]; r += size) {
    for (let c = 0; c + size <= img.shape[1]; c += size) {
      out.push(img.slice(`${r}:${r + size}, ${c}:${c + size}`).copy());
    }
  }
  return out;
}

function augment(tile: NDArray, mode: Aug): NDArray {
  const out = tile.copy();
  switch (mode) {
    case "flipH":
      out.assign(":", tile.flip(1));
      break;
    case "flipV":
      out.assign(":", tile.flip(0));
      break;
    case "transpose":
      out.assign(":", tile.T);
      break;
    case "none":
      break;
  }
  return out;
}

function contrast(tile: NDArray): number {
  return tile.max() - tile.min();
}

const frame = array([
  [10, 12, 14, 16, 90, 91],
  [11, 13, 15, 17, 92, 93],
  [20, 22, 24, 26, 28, 30],
  [21, 23, 25, 27, 29, 31],
  [0, 0, 0, 0, 50, 60],
  [0, 0, 0, 0, 70, 80],
]);

// Mask the watermark in the top-right corner before anything reads the frame.
frame.slice("0:2, -2:").fill(0);

const tileList = cutTiles(frame, 2);
const summary: string[] = [];
let kept = 0;
let lowContrast = 0;

tileLoop: for (const [i, tile] of tileList.entries()) {
  let label = "blank";
  try {
    if (tile.max() === 0) continue tileLoop;
    for (const aug of AUGS) {
      const variant = augment(tile, aug);
      if (contrast(variant) < 2) {
        lowContrast++;
        label = "low contrast";
        continue tileLoop;
      }
    }
    const norm = tile.sub(tile.min());
    norm.idiv(Math.max(norm.max(), 1));
    label = `mean=${norm.mean().toFixed(2)}`;
    kept++;
    if (kept >= 6) break tileLoop;
  } finally {
    summary.push(`tile ${i}: ${label}`);
  }
}

// Framed preview: a one-pixel white border drawn on a padded copy.
const framed = padded(frame, 1);
framed.slice(0).fill(255);
framed.slice(-1).fill(255);
framed.T.slice(0).fill(255);
framed.T.slice(-1).fill(255);
const topEdge = framed.slice(0);
const interior = framed.slice("1:-1, 1:-1");

console.log(summary.join("\n"));
console.log("kept:", kept, "low contrast:", lowContrast, "of", tileList.length);
console.log("border mean:", topEdge.mean(), "interior equals frame:", interior.sum() === frame.sum());
console.log("first tile:", tileList[0].tolist(), "frame total:", frame.sum());
