// A cascade of biquad low-pass sections with per-stage coefficient rows and filter state; renders an impulse response and rings out the tail.
import { array, zeros, NDArray } from "ndalias";

export interface StageDesign {
  b: [number, number, number];
  a: [number, number, number];
}

export function lowpassDesign(cutoff: number, sampleRate: number, q: number): StageDesign {
  const w0 = (2 * Math.PI * cutoff) / sampleRate;
  const alpha = Math.sin(w0) / (2 * q);
  const cosw = Math.cos(w0);
  const a0 = 1 + alpha;
  return {
    b: [(1 - cosw) / 2 / a0, (1 - cosw) / a0, (1 - cosw) / 2 / a0],
    a: [1, (-2 * cosw) / a0, (1 - alpha) / a0],
  };
}

export class BiquadCascade {
  /** stages x 5: b0 b1 b2 a1 a2 */
  readonly coeffs: NDArray;
  /** stages x 2: transposed direct form II state */
  readonly state: NDArray;

  constructor(readonly stages: number) {
    this.coeffs = zeros([stages, 5]);
    this.state = zeros([stages, 2]);
  }

  setStage(k: number, design: StageDesign): void {
    if (k < 0 || k >= this.stages) {
      throw new RangeError(`stage ${k} is outside 0..${this.stages - 1}`);
    }
    this.coeffs.slice(k).assign(":", array([...design.b, design.a[1], design.a[2]]));
  }

  process(input: NDArray, output: NDArray): void {
    for (let n = 0; n < input.size; n++) {
      let x = input.get(n);
      for (let k = 0; k < this.stages; k++) {
        const b0 = this.coeffs.get(k, 0);
        const b1 = this.coeffs.get(k, 1);
        const b2 = this.coeffs.get(k, 2);
        const a1 = this.coeffs.get(k, 3);
        const a2 = this.coeffs.get(k, 4);
        const y = b0 * x + this.state.get(k, 0);
        this.state.set([k, 0], b1 * x - a1 * y + this.state.get(k, 1));
        this.state.set([k, 1], b2 * x - a2 * y);
        x = y;
      }
      output.set(n, x);
    }
  }

  reset(): void {
    this.state.fill(0);
  }

  /** Sum of squared state values, used to decide when the tail has decayed. */
  stateEnergy(): number {
    const z = this.state.ravel();
    z.imul(z); // expect: no-view-mutation
    return z.sum();
  }

  isSilent(threshold = 1e-10): boolean {
    return this.stateEnergy() < threshold;
  }
}

function dcGain(cascade: BiquadCascade): number {
  let gain = 1;
  for (let k = 0; k < cascade.stages; k++) {
    const row = cascade.coeffs.slice(k);
    const num = row.get(0) + row.get(1) + row.get(2);
    const den = 1 + row.get(3) + row.get(4);
    gain *= num / den;
  }
  return gain;
}

const cascade = new BiquadCascade(2);
const design = lowpassDesign(1200, 48000, Math.SQRT1_2);
cascade.setStage(0, design);
cascade.setStage(1, design);

const impulse = zeros(32);
impulse.set(0, 1);
const response = zeros(32);
cascade.process(impulse, response);

const silence = zeros(32);
const tail = zeros(32);
let tailBlocks = 0;
while (!cascade.isSilent()) {
  cascade.process(silence, tail);
  if (++tailBlocks >= 64) break;
}

console.log("dc gain:", dcGain(cascade).toFixed(4));
console.log("impulse response head:", response.slice(":8").tolist());
console.log("tail blocks until silent:", tailBlocks);
cascade.reset();
