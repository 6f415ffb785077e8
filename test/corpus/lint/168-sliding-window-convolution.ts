// 1-D and 2-D convolution with sliding-window views that are only read; the input buffer is recycled with fill() once the last window has been consumed.
// runnable
import { array, linspace, zeros, NDArray } from "ndalias";

function convolve1d(signal: NDArray, kernel: NDArray): NDArray {
  const k = kernel.size;
  const flipped = kernel.flip();
  const out = zeros(signal.size - k + 1);
  for (let i = 0; i < out.size; i++) {
    const win = signal.slice(`${i}:${i + k}`);
    out.set(i, win.mul(flipped).sum());
  }
  return out;
}

function convolve2d(img: NDArray, kernel: NDArray): NDArray {
  const [kh, kw] = kernel.shape;
  const oh = img.shape[0] - kh + 1;
  const ow = img.shape[1] - kw + 1;
  const out = zeros([oh, ow]);
  for (let r = 0; r < oh; r++) {
    for (let c = 0; c < ow; c++) {
      const patch = img.slice(`${r}:${r + kh}`, `${c}:${c + kw}`);
      out.set([r, c], patch.mul(kernel).sum());
    }
  }
  return out;
}

function streamBlocks(blocks: number[][], kernel: NDArray): number[] {
  const input = zeros(blocks[0].length);
  const energies: number[] = [];
  for (const block of blocks) {
    input.assign(":", array(block));
    let acc = 0;
    for (let i = 0; i + kernel.size <= input.size; i++) {
      const win = input.slice(`${i}:${i + kernel.size}`);
      acc += win.mul(kernel).sum() ** 2;
    }
    energies.push(acc);
  }
  input.fill(0);
  return energies;
}

function emaFrames(frames: NDArray[], alpha: number): NDArray {
  let prev = frames[0].copy();
  for (let t = 1; t < frames.length; t++) {
    const cur = frames[t].mul(alpha);
    cur.iadd(prev.mul(1 - alpha));
    prev = cur;
  }
  return prev;
}

const signal = linspace(0, 1, 9);
console.log("ema of shifted signals:", emaFrames([signal, signal.add(1), signal.add(2)], 0.5).tolist());
const smooth = array([0.25, 0.5, 0.25]);
const edge = array([1, 0, -1]);
console.log("smoothed:", convolve1d(signal, smooth).tolist());
console.log("edges:", convolve1d(signal, edge).tolist());

const image = array([
  [0, 0, 0, 0, 0],
  [0, 1, 1, 1, 0],
  [0, 1, 5, 1, 0],
  [0, 1, 1, 1, 0],
  [0, 0, 0, 0, 0],
]);
const laplace = array([
  [0, 1, 0],
  [1, -4, 1],
  [0, 1, 0],
]);
console.log("laplacian:", convolve2d(image, laplace).tolist());
console.log("block energies:", streamBlocks([[1, 2, 3, 4], [4, 3, 2, 1], [0, 0, 9, 0]], smooth));
