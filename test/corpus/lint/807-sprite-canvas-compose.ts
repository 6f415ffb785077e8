// Draws a few sprites into a grayscale canvas, then crops, mirrors and downsamples the finished image for a thumbnail strip.
import { zeros, NDArray } from "ndalias";

const H = 12;
const W = 16;

/** Draws a one-pixel frame of the given intensity around the canvas edge, in place. */
function drawBorder(canvas: NDArray, value: number): void {
  canvas.slice(0).fill(value);
  canvas.slice(-1).fill(value);
  canvas.slice(":", 0).fill(value);
  canvas.slice(":", -1).fill(value);
}

function makeSprite(size: number): NDArray {
  const sprite = zeros([size, size]);
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) {
      sprite.set([i, j], 0.5);
      sprite.set([j, i], 0.25);
    }
    sprite.set([i, i], 1);
  }
  return sprite;
}

function blit(canvas: NDArray, sprite: NDArray, top: number, left: number): void {
  const [h, w] = sprite.shape;
  canvas.slice(`${top}:${top + h}, ${left}:${left + w}`).iadd(sprite);
}

function histogram(img: NDArray, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  const flat = img.ravel();
  const hi = flat.max() || 1;
  for (let i = 0; i < flat.size; i++) {
    const b = Math.min(bins - 1, Math.floor((flat.get(i) / hi) * bins));
    counts[b]++;
  }
  return counts;
}

function downsample(img: NDArray, factor: number): NDArray {
  const [h, w] = img.shape;
  const out = zeros([Math.floor(h / factor), Math.floor(w / factor)]);
  for (let i = 0; i < out.shape[0]; i++) {
    for (let j = 0; j < out.shape[1]; j++) {
      out.set([i, j], img.slice(`${i * factor}:${(i + 1) * factor}, ${j * factor}:${(j + 1) * factor}`).mean());
    }
  }
  return out;
}

const canvas = zeros([H, W]);
drawBorder(canvas, 0.2);

const sprite = makeSprite(4);
const positions: Array<[number, number]> = [
  [2, 2],
  [2, 9],
  [6, 5],
];
for (const [top, left] of positions) blit(canvas, sprite, top, left);

// a highlight band and a shadow, drawn with chained view writes
canvas.slice("5:7, 1:-1").imul(1.5);
canvas.slice("-3:-1, 1:-1").isub(0.1);
canvas.slice("-2:-1, 2:-2").fill(0.05);

// from here on the canvas is finished: every view below is made after the last write
const topHalf = canvas.slice(`:${H / 2}`);
const mirrored = canvas.flip(1);
const transposed = canvas.T;
const rowMajor = canvas.reshape(H * W);

console.log("top half energy:", topHalf.sum().toFixed(2));
console.log("mirror symmetric:", mirrored.sub(canvas).mul(mirrored.sub(canvas)).sum() < 1e-12);
console.log("column 2 via transpose:", transposed.slice(2).tolist());
console.log("brightest pixel:", rowMajor.max().toFixed(2), "histogram:", histogram(canvas, 4).join(" "));

const thumb = downsample(canvas, 2);
thumb.imul(255);
console.log("thumbnail (0-255):");
for (const row of thumb.tolist() as number[][]) {
  console.log(row.map((v) => String(Math.round(v)).padStart(4)).join(""));
}

const crop = canvas.slice("1:7, 1:8").copy();
const contrast = crop.sub(crop.mean());
contrast.imul(2);
console.log("crop contrast range:", contrast.min().toFixed(2), "to", contrast.max().toFixed(2));
console.log("sprite reused unchanged:", sprite.sum().toFixed(2));
