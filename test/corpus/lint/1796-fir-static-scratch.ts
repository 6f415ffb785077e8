// Smoothing filter bank: a class-wide tap table and scratch buffer prepared in a static block, a gain control, and filtered-energy reports for two signals.
import { array, linspace, zeros, NDArray } from "ndalias";

class FirFilter {
  static TAPS: NDArray;
  static SCRATCH: NDArray;
  static readonly MAX_LENGTH = 64;

  static {
    const taps = array([1, 4, 6, 4, 1]);
    taps.idiv(taps.sum());
    FirFilter.TAPS = taps;
    FirFilter.SCRATCH = zeros(FirFilter.MAX_LENGTH);
  }

  static get width(): number {
    return FirFilter.TAPS.size;
  }

  static get gain(): number {
    return FirFilter.TAPS.sum();
  }

  static convolve(signal: NDArray): NDArray {
    const n = signal.size;
    if (n > FirFilter.MAX_LENGTH) {
      throw new RangeError(`signal of ${n} samples exceeds ${FirFilter.MAX_LENGTH}`);
    }
    const half = Math.floor(FirFilter.width / 2);
    const values: number[] = [];
    for (let i = 0; i < n; i++) {
      let acc = 0;
      for (let k = 0; k < FirFilter.width; k++) {
        const j = Math.min(n - 1, Math.max(0, i + k - half));
        acc += signal.get(j) * FirFilter.TAPS.get(k);
      }
      values.push(acc);
    }
    const out = FirFilter.SCRATCH.slice(`:${n}`);
    out.assign(":", array(values)); // expect: no-view-mutation
    return out;
  }

  static setGain(gain: number): void {
    FirFilter.TAPS.flatten().imul(gain / FirFilter.gain); // expect: no-lost-write
  }

  static energy(signal: NDArray): number {
    const filtered = FirFilter.convolve(signal);
    return filtered.mul(filtered).sum();
  }

  static detrended(signal: NDArray): NDArray {
    const out = signal.copy();
    out.isub(out.mean());
    return out;
  }

  static residual(signal: NDArray): NDArray {
    const smooth = FirFilter.convolve(signal);
    return signal.sub(smooth);
  }
}

function peakToPeak(x: NDArray): number {
  return x.max() - x.min();
}

function report(label: string, signal: NDArray): void {
  const centred = FirFilter.detrended(signal);
  console.log(
    `${label}: p2p ${peakToPeak(signal).toFixed(3)}, centred p2p ${peakToPeak(centred).toFixed(3)},`,
    `energy ${FirFilter.energy(signal).toFixed(4)}`,
  );
}

const noisy = array([0.1, 0.9, 0.2, 0.8, 0.3, 0.7, 0.4, 0.6]);
const ramp = linspace(0, 1, 8);

FirFilter.setGain(2);
console.log("filter gain:", FirFilter.gain, "width:", FirFilter.width);

const smoothNoisy = FirFilter.convolve(noisy);
const smoothRamp = FirFilter.convolve(ramp);
console.log("smoothed noisy:", smoothNoisy.tolist());
console.log("smoothed ramp:", smoothRamp.tolist());

report("noisy", noisy);
report("ramp", ramp);

const resid = FirFilter.residual(noisy);
console.log("residual of noisy:", resid.tolist());
console.log("residual energy:", resid.mul(resid).sum());
