// Runs a biquad low-pass over successive audio blocks, carrying filter state between blocks for the render and preview paths.
import { array, zeros, linspace, NDArray } from "ndalias";

interface Coeffs {
  b: NDArray;
  a: NDArray;
}

function lowpass(cutoff: number, sampleRate: number, q: number): Coeffs {
  const w0 = (2 * Math.PI * cutoff) / sampleRate;
  const alpha = Math.sin(w0) / (2 * q);
  const cosw = Math.cos(w0);
  const a0 = 1 + alpha;
  const b = array([(1 - cosw) / 2, 1 - cosw, (1 - cosw) / 2]);
  b.idiv(a0);
  const a = array([1, (-2 * cosw) / a0, (1 - alpha) / a0]);
  return { b, a };
}

class Biquad {
  private z = zeros(2);
  constructor(private readonly c: Coeffs) {}

  process(input: NDArray): NDArray {
    const out = zeros(input.size);
    for (let n = 0; n < input.size; n++) {
      const x = Number(input.get(n));
      const y = Number(this.c.b.get(0)) * x + Number(this.z.get(0));
      this.z.set(0, Number(this.c.b.get(1)) * x - Number(this.c.a.get(1)) * y + Number(this.z.get(1)));
      this.z.set(1, Number(this.c.b.get(2)) * x - Number(this.c.a.get(2)) * y);
      out.set(n, y);
    }
    return out;
  }

  reset(): void {
    this.z.fill(0);
  }

  stateEnergy(): number {
    return this.z.mul(this.z).sum();
  }
}

// Preview path: a stateless function that the UI thread calls with its own state vector.
function filterBlock(c: Coeffs, state: NDArray, input: NDArray): NDArray {
  const out = zeros(input.size);
  let s0 = Number(state.get(0));
  let s1 = Number(state.get(1));
  for (let n = 0; n < input.size; n++) {
    const x = Number(input.get(n));
    const y = Number(c.b.get(0)) * x + s0;
    s0 = Number(c.b.get(1)) * x - Number(c.a.get(1)) * y + s1;
    s1 = Number(c.b.get(2)) * x - Number(c.a.get(2)) * y;
    out.set(n, y);
  }
  state.assign(":", array([s0, s1])); // expect: no-alias-mutation
  return out;
}

function sawBlock(start: number, size: number, period: number): NDArray {
  const block = zeros(size);
  for (let i = 0; i < size; i++) {
    block.set(i, (((start + i) % period) / period) * 2 - 1);
  }
  return block;
}

function blockRms(block: NDArray): number {
  return Math.sqrt(block.mul(block).mean());
}

const SR = 44100;
const BLOCK = 16;
const coeffs = lowpass(2000, SR, Math.SQRT1_2);
console.log("b:", coeffs.b.tolist(), "a:", coeffs.a.tolist());

const renderFilter = new Biquad(coeffs);
const previewState = zeros(2);
const rendered: number[] = [];
const previewed: number[] = [];

for (let k = 0; k < 4; k++) {
  const input = sawBlock(k * BLOCK, BLOCK, 20);
  const r = renderFilter.process(input);
  const p = filterBlock(coeffs, previewState, input);
  rendered.push(blockRms(r));
  previewed.push(blockRms(p));
}

console.log("render rms per block:", rendered.map((x) => x.toFixed(4)).join(" "));
console.log("preview rms per block:", previewed.map((x) => x.toFixed(4)).join(" "));
console.log("render state energy:", renderFilter.stateEnergy().toFixed(6));
console.log("preview state:", previewState.tolist());

// A linear fade applied to a fresh block before it goes to the preview.
const fadeBlock = sawBlock(0, BLOCK, 20);
fadeBlock.imul(linspace(1, 0, BLOCK));
console.log("faded preview rms:", blockRms(filterBlock(coeffs, zeros(2), fadeBlock)).toFixed(4));

renderFilter.reset();
console.log("after reset:", renderFilter.stateEnergy());
