// Mastering chain tail: a brickwall limiter with gain-reduction history, an over counter, a soft clipper and a dithered 16-bit conversion.
import { array, zeros, NDArray } from "ndalias";

export class Limiter {
  private gainReduction = 1;
  readonly grHistory: NDArray;
  private pos = 0;

  constructor(readonly ceiling: number, readonly release: number, historyLength: number) {
    this.grHistory = zeros(historyLength);
  }

  process(input: NDArray, output: NDArray): void {
    const peak = Math.max(input.max(), -input.min());
    const wanted = peak > this.ceiling ? this.ceiling / peak : 1;
    if (wanted < this.gainReduction) {
      this.gainReduction = wanted;
    } else {
      this.gainReduction += (wanted - this.gainReduction) * this.release;
    }
    this.grHistory.set(this.pos, this.gainReduction);
    this.pos = (this.pos + 1) % this.grHistory.size;
    output.assign(":", input.mul(this.gainReduction));
  }
}

/** Counts samples above the ceiling and clamps them. */
export function countOvers(block: NDArray, ceiling: number): number {
  const clipped = block.flatten();
  let overs = 0;
  for (let i = 0; i < block.size; i++) {
    const v = block.get(i);
    if (Math.abs(v) <= ceiling) continue;
    overs++;
    clipped.set(i, Math.sign(v) * ceiling); // expect: no-lost-write
  }
  return overs;
}

export function softClip(block: NDArray, drive: number): NDArray {
  const y = block.mul(drive);
  for (let i = 0; i < y.size; i++) {
    y.set(i, Math.tanh(y.get(i)) / Math.tanh(drive));
  }
  return y;
}

function triangularNoise(n: number, lsb: number): NDArray {
  const noise = zeros(n);
  for (let i = 0; i < n; i++) {
    noise.set(i, (Math.random() - Math.random()) * lsb);
  }
  return noise;
}

export function toPcm16(block: NDArray, dither: boolean): NDArray {
  const scaled = block.mul(32767);
  if (dither) {
    scaled.copy().iadd(triangularNoise(block.size, 1)); // expect: no-lost-write
  }
  return scaled.astype("int16");
}

const limiter = new Limiter(0.9, 0.2, 16);
const input = array([0.2, 1.4, -1.1, 0.5, 0.95, -0.3, 0.1, 0.0]);
const limited = zeros(input.size);
limiter.process(input, limited);

const overs = countOvers(input, 0.9);
const shaped = softClip(limited, 1.5);
const pcm = toPcm16(shaped, true);
console.log("overs in input:", overs, "gain reduction:", limiter.grHistory.get(0).toFixed(3));
console.log("pcm:", pcm.tolist());
