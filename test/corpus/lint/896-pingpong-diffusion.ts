// Iterative diffusion denoiser: ping-pong buffers swapped each step, rebound working names, and a gamma curve applied to a fresh result.
import { array, zeros, NDArray } from "ndalias";

/** Writes one explicit diffusion step of `src` into `dst` (same shape, separate memory). */
function diffuseInto(dst: NDArray, src: NDArray, rate: number): void {
  const [h, w] = src.shape;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const c = src.get(y, x);
      const up = y > 0 ? src.get(y - 1, x) : c;
      const down = y < h - 1 ? src.get(y + 1, x) : c;
      const left = x > 0 ? src.get(y, x - 1) : c;
      const right = x < w - 1 ? src.get(y, x + 1) : c;
      dst.set([y, x], c + rate * (up + down + left + right - 4 * c));
    }
  }
}

function totalVariation(img: NDArray): number {
  const [h, w] = img.shape;
  const dy = img.slice(`1:${h}`).sub(img.slice(`0:${h - 1}`));
  const dx = img.slice(`:, 1:${w}`).sub(img.slice(`:, 0:${w - 1}`));
  return dy.mul(dy).sum() + dx.mul(dx).sum();
}

export function diffuse(image: NDArray, steps: number, rate: number): NDArray {
  let front = image.copy();
  let back = zeros(image.shape);
  for (let s = 0; s < steps; s++) {
    diffuseInto(back, front, rate);
    [front, back] = [back, front];
  }
  return front;
}

export function gammaCorrect(image: NDArray, gamma: number): NDArray {
  let out = image;
  out = out.mul(1 / Math.max(image.max(), 1e-9));
  for (let i = 0; i < out.size; i++) {
    out.data[i] = Math.pow(out.data[i] as number, gamma);
  }
  return out;
}

export function unsharp(image: NDArray, amount: number): NDArray {
  const blurred = diffuse(image, 2, 0.2);
  let detail = image.sub(blurred);
  detail.imul(amount);
  detail = detail.add(image);
  return detail;
}

function show(label: string, img: NDArray): void {
  console.log(label);
  for (const row of img.tolist() as number[][]) console.log("  " + row.map((v) => v.toFixed(2)).join(" "));
}

const noisy = array([
  [0.2, 0.9, 0.1, 0.3, 0.2],
  [0.8, 0.3, 0.7, 0.2, 0.9],
  [0.1, 0.6, 0.9, 0.8, 0.2],
  [0.7, 0.2, 0.8, 0.3, 0.6],
]);

console.log("TV before:", totalVariation(noisy).toFixed(3));
const smooth = diffuse(noisy, 5, 0.2);
console.log("TV after 5 steps:", totalVariation(smooth).toFixed(3));
show("smoothed", smooth);

const graded = gammaCorrect(smooth, 0.8);
show("graded", graded);

const sharpened = unsharp(noisy, 0.5);
show("sharpened", sharpened);

// working buffer rebound to a new array before it is edited
let work = noisy;
console.log("input mean:", work.mean().toFixed(3));
work = zeros(noisy.shape);
work.assign("...", smooth);
work.isub(smooth.mean());
console.log("zero-mean smoothed:", work.sum().toFixed(6));
show("input untouched", noisy);
