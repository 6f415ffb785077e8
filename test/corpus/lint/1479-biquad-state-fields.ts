// Stereo biquad EQ node keeping per-channel filter state in fields, plus a module-level sine table for its LFO modulation.
import { zeros, array, NDArray } from "ndalias";

const TABLE_SIZE = 16;
const SINE_TABLE = zeros(TABLE_SIZE);
for (let i = 0; i < TABLE_SIZE; i++) {
  SINE_TABLE.set(i, Math.sin((2 * Math.PI * i) / TABLE_SIZE));
}

export function rescaleSineTable(depth: number): number {
  SINE_TABLE.imul(depth);
  return SINE_TABLE.max();
}

export class StereoBiquad {
  private coeffs = zeros(5);
  private x1 = zeros(2);
  private x2 = zeros(2);
  private y1 = zeros(2);
  private y2 = zeros(2);
  private lfoPhase = 0;

  constructor(private sampleRate: number) {}

  setPeaking(freq: number, q: number, gainDb: number): number {
    const a = Math.pow(10, gainDb / 40);
    const w0 = (2 * Math.PI * freq) / this.sampleRate;
    const alpha = Math.sin(w0) / (2 * q);
    const a0 = 1 + alpha / a;
    this.coeffs.set(0, (1 + alpha * a) / a0);
    this.coeffs.set(1, (-2 * Math.cos(w0)) / a0);
    this.coeffs.set(2, (1 - alpha * a) / a0);
    this.coeffs.set(3, (-2 * Math.cos(w0)) / a0);
    this.coeffs.set(4, (1 - alpha / a) / a0);
    return this.coeffs.get(0);
  }

  process(input: NDArray, lfoDepth: number): NDArray {
    const frames = input.shape[1];
    const out = zeros([2, frames]);
    const [b0, b1, b2, a1, a2] = [0, 1, 2, 3, 4].map((k) => this.coeffs.get(k));
    for (let n = 0; n < frames; n++) {
      const idx = Math.floor(this.lfoPhase) % TABLE_SIZE;
      const mod = 1 + lfoDepth * SINE_TABLE.get(idx);
      this.lfoPhase += 0.5;
      for (let c = 0; c < 2; c++) {
        const x = input.get(c, n);
        const y = b0 * x + b1 * this.x1.get(c) + b2 * this.x2.get(c) - a1 * this.y1.get(c) - a2 * this.y2.get(c);
        this.x2.set(c, this.x1.get(c));
        this.x1.set(c, x);
        this.y2.set(c, this.y1.get(c));
        this.y1.set(c, y);
        out.set([c, n], y * mod);
      }
    }
    return out;
  }

  resetState(): number {
    this.x1.fill(0);
    this.x2.fill(0);
    this.y1.fill(0);
    this.y2.fill(0);
    this.lfoPhase = 0;
    return this.y1.sum();
  }

  stateSnapshot(): NDArray {
    const snap = zeros([4, 2]);
    snap.assign(0, this.x1);
    snap.assign(1, this.x2);
    snap.assign(2, this.y1);
    snap.assign(3, this.y2);
    return snap;
  }
}

const eq = new StereoBiquad(48000);
eq.setPeaking(1000, 0.7, 6);

const block = array([
  [1, 0, 0, 0, 0, 0, 0, 0],
  [0, 0, 0, 0, 1, 0, 0, 0],
]);
const left = zeros(8);
const right = zeros(8);

const filtered = eq.process(block, 0.1);
left.assign(":", filtered.slice(0));
right.assign(":", filtered.slice(1));
left.imul(0.5);
right.isub(right.mean());

const state = eq.stateSnapshot();
console.log("peak LFO value:", rescaleSineTable(0.5).toFixed(3));
console.log("left:", left.tolist(), "right:", right.tolist());
console.log("state:", state.tolist(), "after reset:", eq.resetState());
console.log("input:", block.tolist(), "filtered:", filtered.tolist());
