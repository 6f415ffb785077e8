// Double-buffers audio blocks between the renderer and the output callback, swapping front and back buffers each cycle.
import { zeros, array, NDArray } from "ndalias";

const BLOCK = 8;
const SR = 16000;

function renderInto(target: NDArray, blockIndex: number, freq: number): void {
  for (let i = 0; i < target.size; i++) {
    const n = blockIndex * target.size + i;
    target.set(i, 0.5 * Math.sin((2 * Math.PI * freq * n) / SR));
  }
}

function applyDither(target: NDArray, seed: number): void {
  let s = seed;
  for (let i = 0; i < target.size; i++) {
    s = (s * 1103515245 + 12345) % 2147483648;
    target.data[i] = (target.data[i] as number) + (s / 2147483648 - 0.5) * 1e-3;
  }
}

function toInt16(block: NDArray): number[] {
  const scaled = block.mul(32767);
  return (scaled.tolist() as number[]).map((v) => Math.round(v));
}

function blockPeak(block: NDArray): number {
  return Math.max(block.max(), -block.min());
}

let front = zeros(BLOCK);
let back = zeros(BLOCK);
const delivered: number[][] = [];
const peaks: number[] = [];

for (let b = 0; b < 4; b++) {
  // The renderer fills the back buffer while the device plays the front one.
  renderInto(back, b, 1000);
  applyDither(back, 17 + b);

  // Swap: the freshly rendered block goes to the device.
  [front, back] = [back, front];

  delivered.push(toInt16(front));
  peaks.push(blockPeak(front));
  back.fill(0);
}

for (const [i, frame] of delivered.entries()) {
  console.log(`block ${i} peak ${peaks[i].toFixed(3)}:`, frame.join(" "));
}

// Master section: the output gain is applied to a new array, so the source block is kept.
const source = array([0.3, -0.2, 0.7, -0.9, 0.1, 0.4, -0.6, 0.8]);
let master: NDArray = source;
master = master.mul(0.8);
master.iadd(0.01);
master.set(0, 0);
console.log("source:", source.tolist());
console.log("master:", master.tolist());

// Scratch buffer that first pointed at the source, then got its own memory.
let scratch: NDArray = source;
console.log("scratch peak before reallocation:", blockPeak(scratch));
scratch = zeros(BLOCK);
scratch.assign(":", source);
scratch.imul(-1);
console.log("polarity-inverted scratch:", scratch.tolist());
console.log("source still intact, sum", source.sum().toFixed(3));

// Ping-pong pair for a two-tap echo; each tap owns its own block.
let tapA = zeros(BLOCK);
let tapB = source.copy();
for (let k = 0; k < 3; k++) {
  tapA.assign(":", tapB);
  tapA.imul(0.5);
  [tapA, tapB] = [tapB, tapA];
  console.log(`tap pass ${k}: A peak ${blockPeak(tapA).toFixed(3)}, B peak ${blockPeak(tapB).toFixed(3)}`);
}
console.log("final taps:", tapA.tolist(), tapB.tolist());
console.log("device received", delivered.length, "blocks, loudest", Math.max(...peaks).toFixed(3));
