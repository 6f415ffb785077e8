// Forward-transforms every 8x8 block of a small frame on level-shifted copies, collects the DC terms, then recycles the frame buffer.
// runnable
import { zeros, NDArray } from "ndalias";

const N = 8;

function dctMatrix(n: number): NDArray {
  const m = zeros([n, n]);
  for (let k = 0; k < n; k++) {
    for (let i = 0; i < n; i++) {
      const scale = k === 0 ? Math.sqrt(1 / n) : Math.sqrt(2 / n);
      m.set([k, i], scale * Math.cos(((2 * i + 1) * k * Math.PI) / (2 * n)));
    }
  }
  return m;
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

const C = dctMatrix(N);

function forwardDct(block: NDArray): NDArray {
  return matmul(matmul(C, block), C.T);
}

const frame = zeros([16, 16]);
for (let r = 0; r < 16; r++) {
  for (let c = 0; c < 16; c++) {
    frame.set([r, c], 100 + ((r * 16 + c) % 50));
  }
}
const meanBefore = frame.mean();

const topBand = frame.slice("0:8");
console.log("top band mean:", topBand.mean().toFixed(2));

const dcTerms = zeros([2, 2]);
for (let by = 0; by < 2; by++) {
  for (let bx = 0; bx < 2; bx++) {
    const block = frame.slice(`${by * N}:${by * N + N}, ${bx * N}:${bx * N + N}`).copy();
    block.isub(128);
    const coeffs = forwardDct(block);
    coeffs.idiv(N);
    dcTerms.set([by, bx], coeffs.get(0, 0));
  }
}
console.log("DC terms:", dcTerms.tolist());
console.log("frame unchanged:", frame.mean() === meanBefore);

// The analysis is done: recycle the buffer for the next picture.
frame.fill(0);
frame.slice("0:8").iadd(16);
const nextTop = frame.slice("0:8");
console.log("recycled top band:", nextTop.sum(), "frame total:", frame.sum());
