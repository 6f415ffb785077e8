// Audio level meter: a module-level loudness history, an adaptive equaliser and a peak-hold display; prints the meter state.
import { array, ones, zeros, NDArray } from "ndalias";

const HISTORY = zeros(8);
let cursor = 0;

export function pushLoudness(block: NDArray): number {
  const rms = Math.sqrt(block.mul(block).mean());
  HISTORY.set(cursor % HISTORY.size, rms);
  cursor++;
  return rms;
}

export function resetHistory(): void {
  HISTORY.fill(0);
  cursor = 0;
}

export const historyMean = (): number => HISTORY.slice(`:${Math.min(cursor, HISTORY.size)}`).mean();

class AdaptiveEq {
  readonly bands: NDArray;

  constructor(n: number, private readonly rate = 0.25) {
    this.bands = ones(n);
  }

  adapt(target: NDArray): number {
    const err = target.sub(this.bands);
    this.bands.iadd(err.mul(this.rate));
    return err.mul(err).mean();
  }

  apply(spectrum: NDArray): NDArray {
    return spectrum.mul(this.bands);
  }
}

function makePeakHold(size: number, decay = 0.9) {
  const peaks = zeros(size);
  let updates = 0;
  return {
    update(levels: NDArray): NDArray {
      peaks.imul(decay);
      for (let i = 0; i < size; i++) {
        peaks.set(i, Math.max(peaks.get(i), levels.get(i)));
      }
      updates++;
      return peaks.copy();
    },
    summary: (): string => `${updates} updates, max hold ${peaks.max().toFixed(2)}`,
  };
}

const blocks = [array([0.1, -0.2, 0.3, -0.1]), array([0.5, -0.4, 0.6, -0.5]), array([0.05, 0.0, -0.05, 0.02])];
const spectra = [array([1.0, 0.8, 0.3]), array([0.9, 1.1, 0.2]), array([1.2, 0.7, 0.4])];

const eq = new AdaptiveEq(3);
const hold = makePeakHold(3);

const frames = blocks.map((block, i) => {
  const rms = pushLoudness(block);
  const err = eq.adapt(array([1, 1, 1]).div(spectra[i].add(0.1)));
  const shown = hold.update(eq.apply(spectra[i]));
  return { rms, err, shown };
});

frames.forEach(({ rms, err, shown }, i) => {
  console.log(`block ${i}: rms=${rms.toFixed(3)} eqErr=${err.toFixed(4)} bars=${JSON.stringify(shown.tolist())}`);
});
console.log("history mean:", historyMean().toFixed(3), "peak hold:", hold.summary());
console.log("eq bands:", eq.bands.tolist());
resetHistory();
console.log("history after reset:", HISTORY.tolist());
