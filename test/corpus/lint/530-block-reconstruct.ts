// Decoder-side block reconstruction: dequantise, 2-D inverse DCT, level shift and clamp to 8-bit, plus a deringing variant.
import { array, zeros, full, NDArray } from "ndalias";

const N = 8;
const BASIS = zeros([N, N]);
for (let k = 0; k < N; k++) {
  for (let n = 0; n < N; n++) {
    const scale = k === 0 ? Math.sqrt(1 / N) : Math.sqrt(2 / N);
    BASIS.set([k, n], scale * Math.cos(((2 * n + 1) * k * Math.PI) / (2 * N)));
  }
}

function matmul(a: NDArray, b: NDArray): NDArray {
  const out = zeros([a.shape[0], b.shape[1]]);
  for (let i = 0; i < a.shape[0]; i++) {
    for (let j = 0; j < b.shape[1]; j++) {
      let s = 0;
      for (let k = 0; k < a.shape[1]; k++) s += a.get(i, k) * b.get(k, j);
      out.set([i, j], s);
    }
  }
  return out;
}

function idct2(coeffs: NDArray): NDArray {
  return matmul(matmul(BASIS.T, coeffs), BASIS);
}

function clampToByte(px: NDArray): void {
  for (let i = 0; i < px.size; i++) {
    px.data[i] = Math.min(255, Math.max(0, Math.round(px.data[i] as number)));
  }
}

function dequantise(coeffs: NDArray, qtable: NDArray): void {
  coeffs.imul(qtable);
}

function reconstruct(coeffs: NDArray, qtable: NDArray): NDArray {
  coeffs.imul(qtable); // expect: no-alias-mutation
  const pixels = idct2(coeffs);
  pixels.iadd(128);
  clampToByte(pixels);
  return pixels;
}

function reconstructCopy(coeffs: NDArray, qtable: NDArray): NDArray {
  const pixels = idct2(coeffs.mul(qtable));
  pixels.iadd(128);
  clampToByte(pixels);
  return pixels;
}

function deringReconstruct(coeffs: NDArray, qtable: NDArray): NDArray {
  const highBand = coeffs.slice("4:, 4:");
  highBand.fill(0); // expect: no-view-mutation
  return reconstructCopy(coeffs, qtable);
}

const qtable = full([N, N], 12);
qtable.set([0, 0], 8);

const blockA = zeros([N, N]);
blockA.set([0, 0], -26);
blockA.set([0, 1], -3);
blockA.set([1, 0], 2);
blockA.set([5, 6], 1);

const blockB = array(blockA.tolist() as number[][]);

const pixA = reconstruct(blockA, qtable);
console.log("block A pixels (row 0):", pixA.slice(0).tolist(), "stored DC:", blockA.get(0, 0));

dequantise(blockB, qtable);
console.log("block B dequantised DC:", blockB.get(0, 0));

const smooth = deringReconstruct(blockB, qtable);
console.log("deringed mean:", smooth.mean());
