// A lazily created moving-average smoother singleton that reuses one scratch buffer and a memo of weights, handing out copies.
import { array, arange, zeros, NDArray } from "ndalias";

const WEIGHT_CACHE = new Map<number, NDArray>();

function triangularWeights(n: number): NDArray {
  let w = WEIGHT_CACHE.get(n);
  if (w === undefined) {
    w = arange(1, n + 1);
    w.idiv(w.sum());
    WEIGHT_CACHE.set(n, w);
  }
  return w.copy();
}

class Smoother {
  private static instance: Smoother | undefined;
  private scratch: NDArray | undefined;
  private calls = 0;

  static shared(): Smoother {
    return (Smoother.instance ??= new Smoother());
  }

  private ensureScratch(n: number): void {
    this.scratch ??= zeros(n);
    if (this.scratch.size !== n) {
      this.scratch = zeros(n);
    }
  }

  movingAverage(signal: NDArray, width: number): NDArray {
    const n = signal.size;
    this.ensureScratch(n);
    this.scratch!.fill(0);
    for (let i = 0; i < n; i++) {
      const lo = Math.max(0, i - width + 1);
      let acc = 0;
      for (let j = lo; j <= i; j++) acc += signal.get(j);
      this.scratch!.set(i, acc / (i - lo + 1));
    }
    this.calls++;
    return this.scratch!.copy();
  }

  weighted(signal: NDArray, width: number): NDArray {
    const w = triangularWeights(width);
    const result = zeros(signal.size);
    for (let i = width - 1; i < signal.size; i++) {
      const window = signal.slice(`${i - width + 1}:${i + 1}`);
      result.set(i, window.mul(w).sum());
    }
    result.slice(`:${width - 1}`).fill(signal.get(0));
    this.calls++;
    return result;
  }

  detrend(signal: NDArray): NDArray {
    const trend = this.movingAverage(signal, 3);
    const residual = signal.sub(trend);
    residual.slice(":1").fill(0);
    return residual;
  }

  clearScratch(): void {
    this.scratch?.fill(0);
  }

  callCount(): number {
    return this.calls;
  }
}

const signal = array([1, 3, 2, 5, 4, 6, 8, 7, 9, 12]);
const smoother = Smoother.shared();

const short = smoother.movingAverage(signal, 2);
const long = smoother.movingAverage(signal, 4);
const spread = short.copy();
spread.isub(long);
console.log("short:", short.tolist());
console.log("long:", long.tolist());
console.log("spread:", spread.tolist());

const tri = triangularWeights(3);
tri.imul(3);
console.log("weights x3:", tri.tolist(), "cached total:", triangularWeights(3).sum());

console.log("weighted:", smoother.weighted(signal, 3).tolist());
console.log("detrended:", smoother.detrend(signal).tolist());
Smoother.shared().clearScratch();
console.log("signal:", signal.tolist(), "calls:", Smoother.shared().callCount());
