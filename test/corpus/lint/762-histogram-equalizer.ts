// Histogram equalisation for 8-bit grayscale tiles: a streaming histogram, its CDF lookup table and an equalised image.
import { array, zeros, NDArray } from "ndalias";

class Histogram {
  private readonly counts: NDArray;
  private total = 0;

  constructor(
    readonly bins: number,
    readonly maxValue = 256,
  ) {
    this.counts = zeros(bins);
  }

  static of(image: NDArray, bins = 16): Histogram {
    const h = new Histogram(bins);
    h.addAll(image);
    return h;
  }

  binOf(value: number): number {
    return Math.min(this.bins - 1, Math.floor((value / this.maxValue) * this.bins));
  }

  addAll(image: NDArray): void {
    const flat = image.flatten();
    for (let i = 0; i < flat.size; i++) {
      const b = this.binOf(flat.get(i));
      this.counts.set(b, this.counts.get(b) + 1);
    }
    this.total += flat.size;
  }

  density(): NDArray {
    const p = this.counts.copy();
    p.idiv(this.total || 1);
    return p;
  }

  cdf(): NDArray {
    const running = this.counts;
    for (let i = 1; i < running.size; i++) {
      running.set(i, running.get(i) + running.get(i - 1)); // expect: no-alias-mutation
    }
    return running.div(running.get(running.size - 1) || 1);
  }

  mode(): number {
    let best = 0;
    for (let i = 1; i < this.bins; i++) {
      if (this.counts.get(i) > this.counts.get(best)) best = i;
    }
    return best;
  }

  entropy(): number {
    const p = this.density();
    let h = 0;
    for (let i = 0; i < p.size; i++) {
      const v = p.get(i);
      if (v > 0) h -= v * Math.log2(v);
    }
    return h;
  }
}

function lookupTable(hist: Histogram): NDArray {
  const c = hist.cdf();
  c.imul(hist.maxValue - 1);
  for (let i = 0; i < c.size; i++) c.set(i, Math.round(c.get(i)));
  return c;
}

function equalize(image: NDArray, hist: Histogram): NDArray {
  const lut = lookupTable(hist);
  const out = image.copy();
  const [rows, cols] = out.shape;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      out.set([r, c], lut.get(hist.binOf(image.get(r, c))));
    }
  }
  return out;
}

function contrast(image: NDArray): number {
  return image.max() - image.min();
}

const tile = array([
  [52, 55, 61, 59, 79, 61],
  [62, 59, 55, 104, 94, 85],
  [63, 65, 66, 113, 144, 104],
  [63, 58, 71, 122, 154, 106],
  [67, 61, 64, 90, 104, 63],
  [79, 65, 62, 70, 89, 71],
]);

const hist = Histogram.of(tile);
console.log("mode bin before equalisation:", hist.mode(), "entropy:", hist.entropy().toFixed(3));
const density = hist.density();
density.imul(100);
console.log("density (%):", density.tolist());

const equalized = equalize(tile, hist);
console.log("contrast before:", contrast(tile), "after:", contrast(equalized));
console.log("equalised tile:", equalized.tolist());

const shifted = tile.add(40);
shifted.slice(0).fill(255);
const shiftedHist = Histogram.of(shifted);
console.log("shifted tile mode bin:", shiftedHist.mode(), "entropy:", shiftedHist.entropy().toFixed(3));
console.log("original tile mode bin:", hist.mode(), "entropy:", hist.entropy().toFixed(3));
