// Audio effect chain: stages are closures that return new buffers, an echo unit ping-pongs two work buffers by destructuring swap, and band splitting and dithering write only fresh or rebound arrays.
import { arange, zeros, NDArray } from "ndalias";

export type Stage = (input: NDArray) => NDArray;

export const gain = (k: number): Stage => (input) => input.mul(k);

export const hardClip = (limit: number): Stage => (input) => {
  const out = input.copy();
  for (let i = 0; i < out.size; i++) {
    const v = out.get(i);
    if (Math.abs(v) > limit) out.set(i, Math.sign(v) * limit);
  }
  return out;
};

export const fadeIn = (n: number): Stage => (input) => {
  const out = input.copy();
  out.slice(`0:${n}`).imul(arange(n).div(n));
  return out;
};

export function runChain(stages: Stage[], input: NDArray): NDArray {
  return stages.reduce((buf, stage) => stage(buf), input);
}

export class EchoUnit {
  private front: NDArray;
  private back: NDArray;
  private readonly peaks = zeros(8);
  private blocks = 0;

  constructor(readonly length: number, readonly feedback: number) {
    this.front = zeros(length);
    this.back = zeros(length);
  }

  process(block: NDArray): NDArray {
    this.back.assign(":", block.add(this.front.mul(this.feedback)));
    [this.front, this.back] = [this.back, this.front];
    this.peaks.set(this.blocks % 8, this.front.max());
    this.blocks++;
    return this.front.copy();
  }
}

export function splitBands(signal: NDArray): { low: NDArray; high: NDArray } {
  const low = zeros(signal.size);
  low.set(0, signal.get(0));
  for (let i = 1; i < signal.size; i++) low.set(i, 0.5 * (signal.get(i) + signal.get(i - 1)));
  const high = signal.sub(low);
  return { low, high };
}

export function loudnessReport(signal: NDArray): string {
  const { low, high } = splitBands(signal);
  low.imul(2);
  high.imul(0.5);
  const total = low.add(high);
  if (total.max() === 0) return "silent";
  return `low ${low.mean().toFixed(3)} high ${high.mean().toFixed(3)} peak ${total.max().toFixed(3)}`;
}

export function smoothRepeatedly(signal: NDArray, passes: number): NDArray {
  let cur = signal;
  for (let p = 0; p < passes; p++) {
    const next = cur.copy();
    for (let i = 1; i < cur.size - 1; i++) next.set(i, (cur.get(i - 1) + cur.get(i) + cur.get(i + 1)) / 3);
    cur = next;
  }
  return cur;
}

export function withDither(signal: NDArray, seed: number): NDArray {
  let out = signal;
  out = out.add(0);
  let s = seed;
  for (let i = 0; i < out.size; i++) {
    s = (s * 16807) % 2147483647;
    out.set(i, out.get(i) + (s / 2147483647 - 0.5) * 1e-3);
  }
  return out;
}
