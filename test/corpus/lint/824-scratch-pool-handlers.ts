// Signal feature service: handlers lease scratch buffers from a size-keyed pool, copy results out, and hand buffers back scrubbed.
import { array, zeros, linspace, NDArray } from "ndalias";

class ScratchPool {
  private readonly idle = new Map<number, NDArray[]>();
  private leased = 0;

  lease(size: number): NDArray {
    this.leased += 1;
    const buf = this.idle.get(size)?.pop();
    return buf ?? zeros(size);
  }

  /** Scrubs the buffer so no request data leaks to the next lessee, then returns it to the pool. */
  giveBack(buf: NDArray): void {
    buf.fill(0);
    this.leased -= 1;
    const list = this.idle.get(buf.size) ?? [];
    list.push(buf);
    this.idle.set(buf.size, list);
  }

  get outstanding(): number {
    return this.leased;
  }
}

interface FeatureReply {
  energy: number;
  features: NDArray;
  profile: NDArray;
}

const pool = new ScratchPool();

export function extractFeatures(signal: NDArray): FeatureReply {
  const work = pool.lease(signal.size);
  work.assign(":", signal);
  work.isub(work.mean());
  const energy = work.mul(work).sum();
  const features = array([energy, work.max(), work.min()]);
  const profile = work.copy();
  pool.giveBack(work);
  return { energy, features, profile };
}

export function taperedPeaks(signal: NDArray, head: number): { headPeak: number; tailPeak: number } {
  const taper = pool.lease(signal.size);
  const work = pool.lease(signal.size);
  taper.assign(":", linspace(1, 0.5, signal.size));
  work.assign(":", signal);
  work.imul(taper);
  const front = work.slice(`:${head}`);
  const back = work.slice(`${head}:`);
  const result = { headPeak: front.max(), tailPeak: back.max() };
  pool.giveBack(work);
  pool.giveBack(taper);
  return result;
}

export function resample(signal: NDArray, factor: number): NDArray {
  let buf = pool.lease(signal.size);
  buf.assign(":", signal);
  const mean = buf.mean();
  pool.giveBack(buf);
  buf = zeros(signal.size * factor);
  for (let i = 0; i < buf.size; i++) {
    buf.set(i, signal.get(Math.floor(i / factor)) - mean);
  }
  return buf;
}

export function handleFeatureRequest(body: { id: string; samples: number[] }): string {
  const signal = array(body.samples);
  const reply = extractFeatures(signal);
  const peaks = taperedPeaks(signal, Math.floor(signal.size / 2));
  const upsampled = resample(signal, 2);
  return JSON.stringify({
    id: body.id,
    energy: reply.energy.toFixed(3),
    features: reply.features.tolist(),
    profile: reply.profile.tolist(),
    peaks,
    upsampledMean: upsampled.mean(),
    outstanding: pool.outstanding,
  });
}

console.log(handleFeatureRequest({ id: "a", samples: [1, 4, 2, 8, 5, 7] }));
console.log(handleFeatureRequest({ id: "b", samples: [3, 3, 2, 9, 1, 0] }));
console.log(handleFeatureRequest({ id: "c", samples: [0, 1, 0, 1] }));
