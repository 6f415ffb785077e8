// 1-D and 2-D convolution helpers: reflect padding built in a fresh buffer, valid convolution accumulated from shifted views of the padded input, a void ping-pong smoother that writes its argument once at the end, a normalised kernel, and row/column blurs through a transposed view.
import { array, zeros, NDArray } from "ndalias";

function padReflect(x: NDArray, p: number): NDArray {
  const n = x.size;
  const out = zeros(n + 2 * p);
  out.slice(`${p}:${p + n}`).assign(":", x);
  for (let i = 0; i < p; i++) {
    out.set(p - 1 - i, x.get(i + 1));
    out.set(p + n + i, x.get(n - 2 - i));
  }
  return out;
}

function convValid(x: NDArray, k: NDArray): NDArray {
  const m = x.size - k.size + 1;
  const acc = zeros(m);
  for (let j = 0; j < k.size; j++) acc.iadd(x.slice(`${j}:${j + m}`).mul(k.get(k.size - 1 - j)));
  return acc;
}

function normaliseKernel(k: NDArray): void {
  k.idiv(k.sum());
}

function blurRows(img: NDArray, k: NDArray): NDArray {
  const p = (k.size - 1) / 2;
  const out = zeros([img.shape[0], img.shape[1]]);
  for (let r = 0; r < img.shape[0]; r++) out.slice(r).assign(":", convValid(padReflect(img.slice(r), p), k));
  return out;
}

function blur2d(img: NDArray, k: NDArray): NDArray {
  const rowsDone = blurRows(img, k);
  return blurRows(rowsDone.T, k).T;
}

/** Three-tap smoothing applied `iters` times; the result is written back into `signal`. */
function smoothInPlace(signal: NDArray, iters: number): void {
  let src = signal.copy();
  let dst = zeros(signal.size);
  for (let t = 0; t < iters; t++) {
    dst.slice("1:-1").assign(":", src.slice(":-2").add(src.slice("1:-1")).add(src.slice("2:")).div(3));
    dst.set(0, src.get(0));
    dst.set(signal.size - 1, src.get(signal.size - 1));
    [src, dst] = [dst, src];
  }
  signal.assign(":", src);
}

const kernel = array([1, 2, 1]);
normaliseKernel(kernel);
const signal = array([0, 0, 1, 5, 1, 0, 0, 3]);
const padded = padReflect(signal, 1);
const smoothed = convValid(padded, kernel);
console.log("signal:", signal.tolist(), "smoothed:", smoothed.tolist());

const trace = signal.copy();
smoothInPlace(trace, 3);
console.log("three passes:", trace.tolist(), "original:", signal.tolist());

const img = array([
  [0, 0, 0, 0, 0],
  [0, 9, 9, 9, 0],
  [0, 9, 0, 9, 0],
  [0, 0, 0, 0, 9],
]);
const blurred = blur2d(img, kernel);
const gx = blurred.slice(":", "2:").sub(blurred.slice(":", ":-2"));
gx.imul(0.5);
const gy = blurred.slice("2:").sub(blurred.slice(":-2"));
gy.imul(0.5);
console.log("blurred:", blurred.tolist());
console.log("gradient energy:", gx.mul(gx).sum() + gy.mul(gy).sum(), "image total:", img.sum());
