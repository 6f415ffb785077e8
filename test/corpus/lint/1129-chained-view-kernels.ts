// Builds edge and line-detection kernels and a calibration test card with chained view writes, then inspects them through views made afterwards.
import { zeros, NDArray } from "ndalias";

function sobelX(): NDArray {
  const k = zeros([3, 3]);
  k.slice(":, 0").fill(-1);
  k.slice(":, 2").fill(1);
  k.slice("1, ::2").imul(2);
  return k;
}

function sobelY(): NDArray {
  return sobelX().T.copy();
}

// Horizontal line detector: -1 everywhere, +2 on the middle row.
function lineKernel(size: number): NDArray {
  const k = zeros([size, size]);
  k.fill(-1);
  k.slice(Math.floor(size / 2)).fill(2);
  return k;
}

// Anti-diagonal line detector, written through a chained flipped view.
function antiDiagonalKernel(size: number): NDArray {
  const k = zeros([size, size]);
  k.fill(-1);
  for (let i = 0; i < size; i++) {
    k.flip(1).slice(i, i).fill(2);
  }
  return k;
}

function correlateAt(img: NDArray, kernel: NDArray, y: number, x: number): number {
  const r = Math.floor(kernel.shape[0] / 2);
  let acc = 0;
  for (let dy = -r; dy <= r; dy++) {
    for (let dx = -r; dx <= r; dx++) {
      acc += img.get(y + dy, x + dx) * kernel.get(dy + r, dx + r);
    }
  }
  return acc;
}

function show(label: string, m: NDArray): void {
  console.log(label);
  for (const row of m.tolist() as number[][]) console.log("  " + row.map((v) => v.toFixed(0).padStart(4)).join(""));
}

// Test card: vertical bars on the left half, a checkerboard on the right half, a bright frame.
const card = zeros([8, 8]);
card.slice(":, :4").slice(":, ::2").fill(200);
card.slice("::2, 4:").slice(":, ::2").fill(100);
card.slice("1::2, 4:").slice(":, 1::2").fill(100);
card.slice(0).fill(255);
card.flip(0).slice(0).fill(255);
card.T.slice(0).fill(255);
card.T.flip(0).slice(0).fill(255);
card.expandDims(0).slice("0, 3:5, 3:5").imul(0.5);
card.imul(1.0);
show("test card:", card);

// Views made after all writes see the finished card by design.
const border = card.slice(0);
const centre = card.slice("3:5, 3:5");
const diag = card.diagonal();
const asRows = card.reshape(4, 16);
console.log("top border mean:", border.mean(), "centre mean:", centre.mean());
console.log("diagonal:", diag.tolist());
console.log("paired-row sums:", (asRows.tolist() as number[][]).map((r) => r.reduce((a, b) => a + b, 0)));

const gx = sobelX();
const gy = sobelY();
const line = lineKernel(3);
const anti = antiDiagonalKernel(3);
show("sobel x:", gx);
show("sobel y:", gy);
show("line:", line);
show("anti-diagonal:", anti);

// Kernel responses at a few interior pixels of the card.
for (const [y, x] of [
  [2, 2],
  [3, 4],
  [5, 5],
]) {
  const ex = correlateAt(card, gx, y, x);
  const ey = correlateAt(card, gy, y, x);
  const magnitude = Math.hypot(ex, ey);
  console.log(`(${y}, ${x}) gradient ${magnitude.toFixed(1)} line ${correlateAt(card, line, y, x)} anti ${correlateAt(card, anti, y, x)}`);
}
console.log("kernel sums:", gx.sum(), gy.sum(), line.sum(), anti.sum());
