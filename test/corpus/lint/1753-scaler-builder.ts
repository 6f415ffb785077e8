// Builds a feature scaler with a fluent builder, fits it on a batch, tracks drift of its centre and scales a new sample.
import { array, ones, zeros, NDArray } from "ndalias";

class Scaler {
  builder: ScalerBuilder | null = null;

  constructor(
    public center: NDArray,
    public scale: NDArray,
    public reference: NDArray,
  ) {}

  transform(x: NDArray): NDArray {
    return x.sub(this.center).div(this.scale);
  }

  driftNorm(): number {
    const d = this.center.sub(this.reference);
    return Math.sqrt(d.mul(d).sum());
  }
}

class ScalerBuilder {
  private center: NDArray = zeros(3);
  private scale: NDArray = ones(3);
  private reference: NDArray = zeros(3);
  product: Scaler | null = null;

  withCenter(c: NDArray): this {
    this.center = c;
    this.reference = c;
    return this;
  }

  withScale(s: NDArray): this {
    this.scale = s.copy();
    return this;
  }

  build(): Scaler {
    const scaler = new Scaler(this.center, this.scale, this.reference);
    scaler.builder = this;
    this.product = scaler; // expect: no-reference-cycle
    return scaler;
  }
}

function columnMeans(batch: NDArray): NDArray {
  const out = zeros(batch.shape[1]);
  for (let j = 0; j < batch.shape[1]; j++) {
    out.set(j, batch.slice(":", j).mean());
  }
  return out;
}

function columnStd(batch: NDArray, means: NDArray): NDArray {
  const out = zeros(batch.shape[1]);
  for (let j = 0; j < batch.shape[1]; j++) {
    const d = batch.slice(":", j).sub(means.get(j));
    out.set(j, Math.sqrt(d.mul(d).mean()) || 1);
  }
  return out;
}

const batch = array([
  [1, 10, 100],
  [3, 14, 180],
  [2, 12, 140],
  [2, 16, 120],
]);

const means = columnMeans(batch);
const stds = columnStd(batch, means);
const scaler = new ScalerBuilder().withCenter(means).withScale(stds).build();

console.log("scaled batch row 0:", scaler.transform(batch.slice(0)).tolist());

// exponential moving update of the centre with the incoming stream
const stream = [array([4, 20, 200]), array([5, 22, 210])];
for (const sample of stream) {
  scaler.center.iadd(sample.sub(scaler.center).mul(0.1)); // expect: no-alias-mutation
}

stds.fill(1);
console.log("raw column std after reset:", stds.tolist());
console.log("scale used by the scaler:", scaler.scale.tolist());

console.log("centre now:", scaler.center.tolist());
console.log("fitted reference:", scaler.reference.tolist());
console.log("drift:", scaler.driftNorm().toFixed(3));
console.log("new sample scaled:", scaler.transform(array([3, 15, 150])).tolist());
