// Decodes a run of P-frames by motion-compensated prediction plus residual, ping-ponging two reconstruction buffers.
import { array, zeros, full, NDArray } from "ndalias";

const SIZE = 8;

function predict(reference: NDArray, dy: number, dx: number): NDArray {
  const out = zeros([SIZE, SIZE]);
  for (let r = 0; r < SIZE; r++) {
    for (let c = 0; c < SIZE; c++) {
      const rr = Math.min(SIZE - 1, Math.max(0, r + dy));
      const cc = Math.min(SIZE - 1, Math.max(0, c + dx));
      out.set([r, c], reference.get(rr, cc));
    }
  }
  return out;
}

function residualFor(step: number): NDArray {
  const res = zeros([SIZE, SIZE]);
  res.set([step % SIZE, step % SIZE], 4);
  return res;
}

const motion: Array<[number, number]> = [[0, 1], [1, 0], [0, -1], [-1, 0]];

let current = zeros([SIZE, SIZE]);
let previous = full([SIZE, SIZE], 128);
previous.assign("2:6, 2:6", 160);

for (let i = 0; i < motion.length; i++) {
  const [dy, dx] = motion[i];
  const pred = predict(previous, dy, dx);
  current.assign(":", pred.add(residualFor(i)));
  console.log(`frame ${i + 1}: mean ${current.mean().toFixed(2)}`);
  [current, previous] = [previous, current];
}

// Post-filter the last reconstruction for display without touching the decoder state.
let display: NDArray = previous;
console.log("decoder state mean:", display.mean().toFixed(2));
display = display.sub(128);
display.imul(1.5);
display.iadd(128);

// Temporal noise estimate from a scaled residual.
let noise: NDArray = residualFor(7);
noise = noise.mul(0.25);
noise.isub(noise.mean());

const checksum = array([previous.sum(), current.sum()]);
console.log("display range:", display.min(), display.max(), "noise energy:", noise.mul(noise).sum());
console.log("buffer checksums:", checksum.tolist());
