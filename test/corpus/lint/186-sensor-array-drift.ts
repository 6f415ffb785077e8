// Multichannel sensor array: readings stream into a ring-buffer field, drift is removed using a warm-up window, gains come from a custom or a default table, and corrections are applied by void helpers.
import { ones, zeros, NDArray } from "ndalias";

const DEFAULT_GAINS = ones(4);

export class SensorArray {
  readonly buffer: NDArray;
  private cursor = 0;

  constructor(readonly samples: number, readonly channels: number) {
    this.buffer = zeros([samples, channels]);
  }

  push(reading: NDArray): number {
    this.buffer.slice(this.cursor % this.samples).assign(":", reading);
    return ++this.cursor;
  }

  channelMeans(): NDArray {
    const out = zeros(this.channels);
    for (let c = 0; c < this.channels; c++) out.set(c, this.buffer.slice(":", c).mean());
    return out;
  }

  recentre(warmup: number): number {
    const warm = this.buffer.slice(`0:${warmup}`);
    const drift = warm.mean();
    this.buffer.isub(drift); // expect: no-view-mutation
    const residual = warm.mean();
    return drift - residual;
  }

  latest(): NDArray {
    const idx = (this.cursor - 1 + this.samples) % this.samples;
    return this.buffer.slice(idx).copy();
  }
}

export function gainsFor(custom: NDArray | null, boost: number): NDArray {
  const gains = custom !== null ? custom : DEFAULT_GAINS;
  gains.imul(boost); // expect: no-alias-mutation
  return gains;
}

export function applyGains(s: SensorArray, gains: NDArray): void {
  s.buffer.imul(gains.broadcastTo([s.samples, s.channels]));
}

export function calibrated(s: SensorArray, gains: NDArray): NDArray {
  const out = s.buffer.copy();
  out.imul(gains.broadcastTo(out.shape));
  const first = out.slice(0);
  return first.add(out.slice(-1)).div(2);
}

export function noiseFloor(s: SensorArray): number {
  const recent = s.buffer.slice("-4:");
  const mu = recent.mean();
  const dev = recent.sub(mu);
  dev.imul(dev);
  return Math.sqrt(dev.mean());
}
