// Biquad low-pass filtering in blocks: RBJ cookbook coefficients, a stateful filter object and a functional variant for the offline renderer that carries the z-state between blocks.
import { array, zeros, NDArray } from "ndalias";

export interface BiquadCoeffs {
  b0: number;
  b1: number;
  b2: number;
  a1: number;
  a2: number;
}

export function lowpassCoeffs(cutoff: number, q: number, sampleRate: number): BiquadCoeffs {
  const w0 = (2 * Math.PI * cutoff) / sampleRate;
  const alpha = Math.sin(w0) / (2 * q);
  const cosw = Math.cos(w0);
  const a0 = 1 + alpha;
  return {
    b0: (1 - cosw) / 2 / a0,
    b1: (1 - cosw) / a0,
    b2: (1 - cosw) / 2 / a0,
    a1: (-2 * cosw) / a0,
    a2: (1 - alpha) / a0,
  };
}

// Transposed direct form II; the filter owns its two state values.
export class Biquad {
  private readonly z: NDArray = zeros(2);

  constructor(private readonly c: BiquadCoeffs) {}

  process(block: NDArray): NDArray {
    const out = zeros(block.size);
    let z1: number = this.z.get(0);
    let z2: number = this.z.get(1);
    for (let i = 0; i < block.size; i++) {
      const x: number = block.get(i);
      const y = this.c.b0 * x + z1;
      z1 = this.c.b1 * x - this.c.a1 * y + z2;
      z2 = this.c.b2 * x - this.c.a2 * y;
      out.set(i, y);
    }
    this.z.set(0, z1);
    this.z.set(1, z2);
    return out;
  }

  stateNorm(): number {
    return Math.hypot(this.z.get(0), this.z.get(1));
  }

  reset(): void {
    this.z.fill(0);
  }
}

// Functional form for the offline renderer: the state vector belongs to the caller.
export function biquadBlock(block: NDArray, c: BiquadCoeffs, state: NDArray): NDArray {
  const out = zeros(block.size);
  let z1: number = state.get(0);
  let z2: number = state.get(1);
  for (let i = 0; i < block.size; i++) {
    const x: number = block.get(i);
    const y = c.b0 * x + z1;
    z1 = c.b1 * x - c.a1 * y + z2;
    z2 = c.b2 * x - c.a2 * y;
    out.set(i, y);
  }
  state.assign(":", array([z1, z2])); // expect: no-alias-mutation
  return out;
}

// Offline render of a stereo buffer, one fresh state row per channel.
export function renderStereo(frames: NDArray, c: BiquadCoeffs, blockSize: number): NDArray {
  const out = zeros(frames.shape);
  const nFrames = frames.shape[0];
  for (let ch = 0; ch < 2; ch++) {
    const channelState = zeros(2);
    for (let start = 0; start < nFrames; start += blockSize) {
      const stop = Math.min(nFrames, start + blockSize);
      const input = frames.slice(`${start}:${stop}`, ch);
      out.assign(`${start}:${stop}, ${ch}`, biquadBlock(input, c, channelState));
    }
  }
  return out;
}

const coeffs = lowpassCoeffs(2000, Math.SQRT1_2, 48000);
const filter = new Biquad(coeffs);

const impulse = zeros(12);
impulse.set(0, 1);
const firstHalf = filter.process(impulse.slice("0:6"));
const secondHalf = filter.process(impulse.slice("6:12"));
console.log("impulse response, block 1:", (firstHalf.tolist() as number[]).map((v) => Number(v).toFixed(4)));
console.log("impulse response, block 2:", (secondHalf.tolist() as number[]).map((v) => Number(v).toFixed(4)));
console.log("state norm after 12 samples:", filter.stateNorm().toFixed(6));
filter.reset();

const stereo = zeros([8, 2]);
stereo.assign(":, 0", 1);
stereo.assign("::2, 1", 1);
const rendered = renderStereo(stereo, coeffs, 3);
console.log("rendered left:", rendered.slice(":", 0).tolist());
console.log("rendered right:", rendered.slice(":", 1).tolist());
console.log("input energy:", stereo.mul(stereo).sum(), "output energy:", rendered.mul(rendered).sum().toFixed(4));
