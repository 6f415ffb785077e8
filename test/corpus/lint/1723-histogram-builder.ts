// Builds fixed-bin histograms of request latencies with a builder class and prints counts, smoothed counts and densities.
import { array, zeros, linspace, NDArray } from "ndalias";

interface BinSpec {
  edges: NDArray;
  width: number;
}

function makeBins(lo: number, hi: number, count: number, out: BinSpec): void {
  out.edges = linspace(lo, hi, count + 1);
  out.width = (hi - lo) / count;
}

class HistogramBuilder {
  private counts: NDArray;
  private total = 0;
  private dropped = 0;

  constructor(private readonly bins: BinSpec) {
    this.counts = zeros(bins.edges.size - 1);
  }

  add(samples: NDArray): this {
    const lo: number = this.bins.edges.get(0);
    for (let i = 0; i < samples.size; i++) {
      const k = Math.floor((samples.get(i) - lo) / this.bins.width);
      if (k >= 0 && k < this.counts.size) {
        this.counts.set(k, this.counts.get(k) + 1);
        this.total += 1;
      } else {
        this.dropped += 1;
      }
    }
    return this;
  }

  reset(): void {
    this.counts.fill(0);
    this.total = 0;
    this.dropped = 0;
  }

  build(): NDArray {
    return this.counts.copy();
  }

  density(): NDArray {
    const d = this.counts.div(Math.max(this.total, 1));
    d.idiv(this.bins.width);
    return d;
  }

  report(): string {
    return `${this.total} binned, ${this.dropped} out of range`;
  }
}

function centers(bins: BinSpec): NDArray {
  const n = bins.edges.size - 1;
  const out = zeros(n);
  for (let i = 0; i < n; i++) {
    out.set(i, (bins.edges.get(i) + bins.edges.get(i + 1)) / 2);
  }
  return out;
}

function mode(counts: NDArray, mids: NDArray): number {
  let best = 0;
  for (let i = 1; i < counts.size; i++) {
    if (counts.get(i) > counts.get(best)) best = i;
  }
  return mids.get(best);
}

const bins: BinSpec = { edges: zeros(2), width: 1 };
makeBins(0, 100, 5, bins);
const mids = centers(bins);

const morning = array([12, 18, 25, 31, 44, 47, 52, 58, 61, 95, 130]);
const evening = array([8, 9, 15, 22, 24, 27, 33, 38, 71, 88]);

const builder = new HistogramBuilder(bins);
builder.add(morning).add(evening);
const combined = builder.build();
console.log("combined counts:", combined.tolist(), "-", builder.report());

const smoothed = builder.build();
smoothed.iadd(0.5);
console.log("laplace-smoothed:", smoothed.tolist(), "mode bin centre:", mode(smoothed, mids));

builder.reset();
builder.add(evening);
const eveningDensity = builder.density();
console.log("evening density:", eveningDensity.tolist());
console.log("combined counts after reset:", combined.tolist(), "total", combined.sum());

const shares = combined.div(combined.sum());
shares.imul(100);
console.log("combined shares (%):", (shares.tolist() as number[]).map((v) => v.toFixed(1)));
console.log("bin centres:", mids.tolist(), "edges:", bins.edges.tolist());
