// Time-series resampler: interpolates into caller-provided buffers through a documented out-parameter helper, detrends fresh results, and names views only after edits.
import { arange, zeros, NDArray } from "ndalias";

/**
 * Linear interpolation of `src` onto `out.size` evenly spaced points.
 * @ndalias write out
 */
function resampleInto(src: NDArray, out: NDArray): NDArray {
  const n = out.size;
  const scale = (src.size - 1) / Math.max(1, n - 1);
  for (let i = 0; i < n; i++) {
    const t = i * scale;
    const lo = Math.floor(t);
    const hi = Math.min(src.size - 1, lo + 1);
    const frac = t - lo;
    out.set(i, src.get(lo) * (1 - frac) + src.get(hi) * frac);
  }
  return out;
}

class Resampler {
  private raw: NDArray;
  private readonly buffer: NDArray;

  constructor(samples: NDArray, targetLength: number) {
    this.raw = samples.copy();
    this.buffer = zeros(targetLength);
  }

  resampled(): NDArray {
    return resampleInto(this.raw, this.buffer).copy();
  }

  detrended(): NDArray {
    let series = this.raw;
    series = series.sub(series.mean());
    series.idiv(Math.max(1e-9, series.max() - series.min()));
    return series;
  }

  withGapFilled(index: number): NDArray {
    const filled = this.raw.copy();
    const left = filled.get(Math.max(0, index - 1));
    const right = filled.get(Math.min(filled.size - 1, index + 1));
    filled.set(index, (left + right) / 2);
    return filled;
  }

  append(value: number): void {
    const grown = zeros(this.raw.size + 1);
    grown.assign(`0:${this.raw.size}`, this.raw);
    grown.set(this.raw.size, value);
    this.raw = grown;
  }
}

const samples = arange(0, 10).mul(1.5);
samples.set(1, 0);
const head = samples.slice("0:3");
console.log("head:", head.tolist());

const resampler = new Resampler(samples, 5);
const coarse = resampler.resampled();
coarse.imul(2);
console.log("coarse x2:", coarse.tolist());
console.log("detrended:", resampler.detrended().tolist());
console.log("gap filled:", resampler.withGapFilled(4).get(4));
resampler.append(16.5);
const again = resampler.resampled();
console.log("after append:", again.tolist(), "source unchanged:", samples.get(1));
