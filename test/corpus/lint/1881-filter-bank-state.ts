// A three-band EQ built from one-pole filters whose state lives in the filter objects, with a module-level level history.
import { array, zeros, NDArray } from "ndalias";

const HISTORY_LEN = 6;
const LEVEL_HISTORY = zeros(HISTORY_LEN);
let historyPos = 0;

class OnePole {
  private state = zeros(1);
  private coeffs: NDArray;

  constructor(cutoff: number, sampleRate: number) {
    const a = Math.exp((-2 * Math.PI * cutoff) / sampleRate);
    this.coeffs = array([1 - a, a]);
  }

  process(input: NDArray): NDArray {
    const out = zeros(input.size);
    let y = Number(this.state.get(0));
    for (let i = 0; i < input.size; i++) {
      y = Number(this.coeffs.get(0)) * Number(input.get(i)) + Number(this.coeffs.get(1)) * y;
      out.set(i, y);
    }
    this.state.set(0, y);
    return out;
  }

  retune(factor: number): number {
    this.coeffs.set(0, Math.min(1, Number(this.coeffs.get(0)) * factor));
    this.coeffs.set(1, 1 - Number(this.coeffs.get(0)));
    return Number(this.coeffs.get(0));
  }

  reset(): void {
    this.state.fill(0);
  }
}

class ThreeBandEq {
  private low: OnePole;
  private high: OnePole;
  private gains = array([1, 1, 1]);

  constructor(sampleRate: number) {
    this.low = new OnePole(250, sampleRate);
    this.high = new OnePole(4000, sampleRate);
  }

  setBand(band: number, db: number): number {
    this.gains.set(band, Math.pow(10, db / 20));
    return Number(this.gains.get(band));
  }

  process(input: NDArray): NDArray {
    const lowBand = this.low.process(input);
    const belowHigh = this.high.process(input);
    const mid = belowHigh.sub(lowBand);
    const top = input.sub(belowHigh);
    lowBand.imul(Number(this.gains.get(0)));
    mid.imul(Number(this.gains.get(1)));
    top.imul(Number(this.gains.get(2)));
    return lowBand.add(mid).add(top);
  }
}

function meter(block: NDArray): number {
  const level = Math.sqrt(block.mul(block).mean());
  LEVEL_HISTORY.set(historyPos, level);
  historyPos = (historyPos + 1) % HISTORY_LEN;
  return level;
}

function averageLevel(): number {
  return LEVEL_HISTORY.mean();
}

function testBlock(k: number): NDArray {
  const block = zeros(16);
  for (let i = 0; i < block.size; i++) {
    const n = k * block.size + i;
    block.set(i, 0.5 * Math.sin(n * 0.05) + 0.2 * Math.sin(n * 1.7));
  }
  return block;
}

const eq = new ThreeBandEq(44100);
console.log("low gain:", eq.setBand(0, 4).toFixed(3), "high gain:", eq.setBand(2, -6).toFixed(3));

for (let k = 0; k < 4; k++) {
  const input = testBlock(k);
  const out = eq.process(input);
  const inLevel = meter(input);
  const outLevel = meter(out);
  console.log(`block ${k}: in ${inLevel.toFixed(4)} out ${outLevel.toFixed(4)}`);
}
console.log("level history:", LEVEL_HISTORY.tolist(), "average", averageLevel().toFixed(4));

const sweep = new OnePole(1000, 44100);
const impulse = zeros(6);
impulse.set(0, 1);
console.log("impulse response:", sweep.process(impulse).tolist());
console.log("retuned coefficient:", sweep.retune(1.5).toFixed(4));
sweep.reset();
console.log("after retune:", sweep.process(impulse).tolist());
