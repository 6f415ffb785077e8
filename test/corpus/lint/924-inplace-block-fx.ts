// In-place block effects for a live input: gain, soft clipping, DC blocking and edge fades written straight into the block they are given, applied to a stream of blocks.
import { array, linspace, zeros, NDArray } from "ndalias";

interface DcState {
  x1: number;
  y1: number;
}

// Scales the block in place.
function applyGain(buf: NDArray, gain: number): void {
  buf.imul(gain);
}

// tanh saturation, sample by sample, in place.
function softClip(buf: NDArray, drive: number): void {
  const norm = Math.tanh(drive);
  for (let i = 0; i < buf.size; i++) {
    buf.data[i] = Math.tanh(drive * (buf.data[i] as number)) / norm;
  }
}

// One-pole DC blocker; the state carries over to the next block.
function dcBlock(buf: NDArray, state: DcState, r = 0.995): void {
  for (let i = 0; i < buf.size; i++) {
    const x: number = buf.get(i);
    const y = x - state.x1 + r * state.y1;
    state.x1 = x;
    state.y1 = y;
    buf.set(i, y);
  }
}

// Linear fade-in and fade-out over n samples at the block edges.
function fadeEdges(buf: NDArray, n: number): void {
  const ramp = linspace(0, 1, n);
  const head = buf.slice(`:${n}`);
  head.imul(ramp);
  const tail = buf.slice(`-${n}:`);
  tail.imul(ramp.flip());
}

// Silences the first samples of a block (used after a transport jump).
function muteHead(buf: NDArray, n: number): void {
  buf.slice(`:${n}`).fill(0);
}

function level(buf: NDArray): string {
  const p = Math.max(buf.max(), -buf.min());
  return p.toFixed(3);
}

const stream = [
  array([0.2, 0.25, 0.3, 0.35, 0.3, 0.25, 0.2, 0.15]),
  array([0.6, 0.8, 0.9, 0.7, 0.4, 0.1, -0.2, -0.4]),
  array([-0.5, -0.3, 0.0, 0.3, 0.5, 0.7, 0.6, 0.4]),
];

const dc: DcState = { x1: 0, y1: 0 };
stream.forEach((block, i) => {
  dcBlock(block, dc);
  applyGain(block, 1.8);
  softClip(block, 2);
  if (i === 0) muteHead(block, 2);
});
stream.forEach((block) => fadeEdges(block, 3));

for (const [i, block] of stream.entries()) {
  console.log(`block ${i}: peak ${level(block)}`, (block.tolist() as number[]).map((v) => Number(v).toFixed(3)).join(" "));
}

// Interleave the processed stream into one stereo buffer with a slightly delayed right side.
const total = stream.length * 8;
const stereo = zeros([total, 2]);
stream.forEach((block, i) => {
  stereo.slice(`${i * 8}:${(i + 1) * 8}`, 0).assign(":", block);
});
stereo.slice("1:", 1).assign(":", stereo.slice(":-1", 0).copy());
stereo.assign(":, 1", stereo.slice(":", 1).mul(0.9));
console.log("stereo peak:", level(stereo), "right sum:", stereo.slice(":", 1).sum().toFixed(3));

// Separate scratch blocks processed and read independently.
const scratchA = zeros(8);
const scratchB = zeros(8);
scratchA.fill(0.5);
scratchB.assign(":", scratchA);
applyGain(scratchB, 0.5);
console.log("scratch A:", scratchA.sum(), "scratch B:", scratchB.sum());
