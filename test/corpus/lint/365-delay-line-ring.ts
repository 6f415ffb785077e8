// Feedback delay effect on a circular delay line: each input block is mixed with a delayed tap, pushed into the ring, and the line is metered.
// runnable
import { array, zeros, NDArray } from "ndalias";

const BLOCK = 4;
const LINE_LENGTH = 16;
const DELAY_SAMPLES = 8;
const FEEDBACK = 0.5;

/** Copies a block into the ring starting at writePos and returns the next write position. */
function pushBlock(ring: NDArray, block: NDArray, writePos: number): number {
  if (block.size === 0) return writePos;
  let pos = writePos;
  for (let i = 0; i < block.size; i++) {
    ring.set(pos, block.get(i)); // expect: no-alias-mutation
    pos = (pos + 1) % ring.size;
  }
  return pos;
}

function tapAt(ring: NDArray, writePos: number, delay: number): number {
  const idx = (writePos - delay + 2 * ring.size) % ring.size;
  return ring.get(idx);
}

function clearLine(ring: NDArray): void {
  ring.fill(0);
}

function peakOf(x: NDArray): number {
  return Math.max(x.max(), -x.min());
}

function describe(label: string, x: NDArray): string {
  const values = (x.tolist() as number[]).map((v) => v.toFixed(3));
  return `${label}: [${values.join(", ")}]`;
}

const delayLine = zeros(LINE_LENGTH);
let writePos = 0;

const input = array([1, 0, 0, 0, 0.5, 0, 0, 0, 0.25, 0, 0, 0, 0, 0, 0, 0]);
const output = zeros(input.size);

for (let start = 0; start < input.size; start += BLOCK) {
  const block = input.slice(`${start}:${start + BLOCK}`).copy();
  for (let i = 0; i < BLOCK; i++) {
    const delayed = tapAt(delayLine, writePos + i, DELAY_SAMPLES);
    block.set(i, block.get(i) + FEEDBACK * delayed);
  }
  output.assign(`${start}:${start + BLOCK}`, block);
  writePos = pushBlock(delayLine, block, writePos);

  if (peakOf(delayLine) > 4) {
    // runaway feedback: silence the line and stop feeding it
    clearLine(delayLine);
    break;
  }
}

console.log(describe("output", output));
console.log(describe("delay line", delayLine), "peak:", peakOf(delayLine).toFixed(3));
console.log("next write position:", writePos);
