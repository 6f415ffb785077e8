// DSP helpers for a short audio frame: in-place DC removal and Hann windowing, smoothing into preallocated outputs, pre-emphasis and per-block energies.
import { array, empty, zeros, NDArray } from "ndalias";

function removeDc(frame: NDArray): void {
  frame.isub(frame.mean());
}

function applyHann(frame: NDArray): void {
  const n = frame.size;
  const flat = frame.ravel();
  for (let i = 0; i < n; i++) {
    const w = 0.5 * (1 - Math.cos((2 * Math.PI * i) / (n - 1)));
    flat.set(i, flat.get(i) * w);
  }
}

function resetBuffer(buf: NDArray): void {
  buf.ravel().fill(0);
}

function movingAverageInto(out: NDArray, x: NDArray, k: number): void {
  resetBuffer(out);
  for (let i = 0; i < x.size; i++) {
    const lo = Math.max(0, i - k + 1);
    out.set(i, x.slice(`${lo}:${i + 1}`).mean());
  }
}

function preEmphasis(x: NDArray, alpha: number): NDArray {
  const y = x.copy();
  for (let i = x.size - 1; i > 0; i--) {
    y.set(i, x.get(i) - alpha * x.get(i - 1));
  }
  return y;
}

function blockEnergies(x: NDArray, blockLen: number): NDArray {
  const blocks = x.reshape(x.size / blockLen, blockLen);
  const energies = zeros(blocks.shape[0]);
  for (let b = 0; b < blocks.shape[0]; b++) {
    const block = blocks.slice(b);
    energies.set(b, block.mul(block).sum());
  }
  return energies;
}

function warmUpAllocator(sizes: number[]): void {
  for (const size of sizes) {
    const scratch = empty(size);
    scratch.fill(0);
  }
  zeros(1024).fill(1);
}

warmUpAllocator([64, 128, 256]);

const frame = array([0.52, 0.61, 0.48, 0.7, 0.55, 0.66, 0.41, 0.59]);
const original = frame.copy();

removeDc(frame);
applyHann(frame);

// Fade the first and last two samples so consecutive frames do not click.
frame.slice(":2").imul(0.25);
frame.slice("-2:").imul(0.25);

const smoothed = empty(frame.size);
movingAverageInto(smoothed, frame, 3);

const emphasised = preEmphasis(original, 0.97);
const energies = blockEnergies(frame, 4);
const rawEnergies = blockEnergies(original, 2);

const peakIndex = (() => {
  let best = 0;
  for (let i = 1; i < frame.size; i++) if (Math.abs(frame.get(i)) > Math.abs(frame.get(best))) best = i;
  return best;
})();

const report = {
  windowed: frame.tolist(),
  smoothed: smoothed.tolist(),
  emphasised: emphasised.tolist(),
  energies: energies.tolist(),
  rawEnergies: rawEnergies.tolist(),
  peakIndex,
};
console.log(JSON.stringify(report, null, 2));
console.log("original frame untouched:", original.tolist());
