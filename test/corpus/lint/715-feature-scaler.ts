// A streaming standard scaler with outlier clipping and a per-key transform cache, used on batches of sensor features.
import { array, zeros, ones, NDArray } from "ndalias";

/** Clips standardised values to [-limit, limit] in place. */
function clipOutliers(z: NDArray, limit: number): void {
  for (let i = 0; i < z.size; i++) {
    const v = z.data[i] as number;
    if (v > limit) z.data[i] = limit;
    else if (v < -limit) z.data[i] = -limit;
  }
}

class StreamingScaler {
  private mean: NDArray;
  private m2: NDArray;
  private count = 0;
  private readonly cache = new Map<string, NDArray>();

  constructor(private readonly features: number, private readonly clip = 3) {
    this.mean = zeros(features);
    this.m2 = zeros(features);
  }

  partialFit(batch: NDArray): number {
    for (let r = 0; r < batch.shape[0]; r++) {
      const row = batch.slice(r);
      this.count += 1;
      const delta = row.sub(this.mean);
      this.mean.iadd(delta.div(this.count));
      const delta2 = row.sub(this.mean);
      this.m2.iadd(delta.mul(delta2));
    }
    this.cache.clear();
    return this.count;
  }

  get scale(): NDArray {
    const variance = this.m2.div(Math.max(this.count - 1, 1));
    const out = zeros(this.features);
    for (let j = 0; j < this.features; j++) out.set(j, Math.sqrt(variance.get(j)) || 1);
    return out;
  }

  get center(): NDArray {
    return this.mean.copy();
  }

  transform(x: NDArray): NDArray {
    const z = x.sub(this.mean);
    z.idiv(this.scale);
    clipOutliers(z, this.clip);
    return z;
  }

  transformCached(key: string, x: NDArray): NDArray {
    const hit = this.cache.get(key);
    if (hit) return hit.copy();
    const z = this.transform(x);
    this.cache.set(key, z.copy());
    return z;
  }

  inverse(z: NDArray): NDArray {
    const x = z.mul(this.scale);
    x.iadd(this.mean);
    return x;
  }

  reset(): void {
    this.mean.copy().fill(0); // expect: no-lost-write
    this.m2.fill(0);
    this.count = 0;
    this.cache.clear();
  }
}

function batchFrom(rows: number[][]): NDArray {
  return array(rows);
}

function summarize(label: string, x: NDArray): void {
  const cells: string[] = [];
  for (let i = 0; i < x.size; i++) cells.push(x.get(i).toFixed(3));
  console.log(`${label}: ${cells.join(" ")}`);
}

const scaler = new StreamingScaler(3);
const morning = batchFrom([[20.5, 40, 1013], [21.0, 42, 1012], [22.5, 39, 1011]]);
const noon = batchFrom([[27.0, 30, 1010], [28.5, 28, 1009], [29.0, 27, 1009]]);

scaler.partialFit(morning);
const seen = scaler.partialFit(noon);
console.log("rows seen:", seen);
summarize("center", scaler.center);
summarize("scale", scaler.scale);

const probe = array([25.0, 35, 1010.5]);
const z1 = scaler.transformCached("probe", probe);
const z2 = scaler.transformCached("probe", probe);
z2.imul(-1);
summarize("z (first call)", z1);
summarize("negated z (cached copy)", z2);
summarize("probe unchanged", probe);

const roundTrip = scaler.inverse(z1);
roundTrip.isub(probe);
summarize("round-trip error", roundTrip);

const extreme = array([60.0, 5, 990]);
const clipped = scaler.transform(extreme);
summarize("clipped extreme", clipped);

const centre = scaler.center;
centre.iadd(ones(3));
summarize("shifted center", centre);
summarize("stored center", scaler.center);

scaler.reset();
summarize("center after reset", scaler.center);
scaler.partialFit(noon.slice("1:"));
summarize("center refit on two noon rows", scaler.center);
summarize("noon batch intact", noon.slice(0));
