// A streaming standard scaler: fits running feature statistics batch by batch, transforms new rows and clips outliers for a report.
import { array, zeros, ones, NDArray } from "ndalias";

interface TransformOptions {
  clip?: number;
  center?: boolean;
}

class StreamingScaler {
  private mean: NDArray;
  private m2: NDArray;
  private count = 0;
  private transforms = 0;

  constructor(readonly features: number) {
    this.mean = zeros(features);
    this.m2 = zeros(features);
  }

  get fitted(): boolean {
    return this.count > 1;
  }

  // Welford update over the rows of one batch.
  partialFit(batch: NDArray): this {
    if (batch.ndim !== 2 || batch.shape[1] !== this.features) {
      throw new Error(`expected rows of ${this.features} features, got shape ${batch.shape.join("x")}`);
    }
    for (let r = 0; r < batch.shape[0]; r++) {
      const row = batch.slice(r);
      this.count++;
      const delta = row.sub(this.mean);
      this.mean.iadd(delta.div(this.count));
      this.m2.iadd(delta.mul(row.sub(this.mean)));
    }
    return this;
  }

  scale(): NDArray {
    if (!this.fitted) return ones(this.features);
    const variance = this.m2.div(this.count - 1);
    for (let i = 0; i < variance.size; i++) {
      variance.set(i, Math.sqrt(variance.get(i)) || 1);
    }
    return variance;
  }

  means(): NDArray {
    return this.mean.copy();
  }

  transform(x: NDArray, { clip = Infinity, center = true }: TransformOptions = {}): NDArray {
    if (!this.fitted) return x.copy();
    const out = center ? x.sub(this.mean) : x.copy();
    try {
      out.idiv(this.scale());
      if (Number.isFinite(clip)) {
        for (let i = 0; i < out.size; i++) {
          out.data[i] = Math.max(-clip, Math.min(clip, out.data[i] as number));
        }
      }
      return out;
    } finally {
      this.transforms++;
    }
  }

  reset(): void {
    this.mean.fill(0);
    this.m2.fill(0);
    this.count = 0;
  }

  summary(): string {
    return `${this.count} rows, ${this.transforms} transforms, means ${JSON.stringify(this.mean.tolist())}`;
  }
}

const scaler = new StreamingScaler(3);
const batches = [
  array([[1, 10, 100], [2, 12, 90], [3, 11, 110]]),
  array([[2, 9, 95], [4, 14, 105]]),
];

for (const batch of batches) {
  scaler.partialFit(batch);
}
const meansAtFit = scaler.means();
console.log("fitted:", scaler.summary());

const incoming = array([[2.5, 30, 101], [0, 11, 99]]);
const z = scaler.transform(incoming, { clip: 3 });
const raw = scaler.transform(incoming, { center: false });
console.log("clipped z-scores:", z.tolist());
console.log("scaled only:", raw.tolist(), "incoming:", incoming.tolist());

// Flag extreme rows on a copy of the z-scores; the z-scores themselves are printed again below.
const flags = z.copy();
for (let i = 0; i < flags.size; i++) {
  flags.data[i] = Math.abs(flags.data[i] as number) >= 3 ? 1 : 0;
}
console.log("outlier flags:", flags.tolist(), "z total:", z.sum().toFixed(3));

scaler.reset();
console.log("after reset:", scaler.summary(), "means kept from fit:", meansAtFit.tolist());
scaler.partialFit(incoming);
console.log("refit on incoming:", scaler.summary(), "scale:", scaler.scale().tolist());
