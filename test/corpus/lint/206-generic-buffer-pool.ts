// Generic scratch-buffer pool for an audio meter: released buffers are zeroed and reused, and a gain helper picks the first channel or a module-level default through a generic selector.
import { ones, zeros, NDArray } from "ndalias";

export class Pool<T extends NDArray> {
  static created = 0;
  #free: T[] = [];
  #inUse = 0;

  constructor(private readonly make: () => T) {}

  acquire(): T {
    this.#inUse++;
    const recycled = this.#free.pop();
    if (recycled) return recycled;
    Pool.created++;
    return this.make();
  }

  release(buf: T): void {
    buf.fill(0);
    this.#free.push(buf);
    this.#inUse--;
  }

  get inUse(): number {
    return this.#inUse;
  }
}

function pick<T extends NDArray>(items: readonly T[], fallback: T): T {
  return items.length > 0 ? items[0] : fallback;
}

function normaliseAll<T extends NDArray>(bufs: Iterable<T>): void {
  for (const b of bufs) b.idiv(b.max() || 1);
}

const DEFAULT_GAIN = ones(4);
const meterPool = new Pool(() => zeros(4));

export function peakLevels(frame: NDArray): number[] {
  const acc = meterPool.acquire();
  for (let i = 0; i < frame.size; i++) {
    const ch = i % acc.size;
    acc.set(ch, Math.max(acc.get(ch), Math.abs(frame.get(i))));
  }
  const peaks = acc.tolist() as number[];
  meterPool.release(acc);
  return peaks;
}

export function boostedGain(channels: NDArray[], db: number): number {
  const gain = pick(channels, DEFAULT_GAIN);
  gain.imul(10 ** (db / 20)); // expect: no-alias-mutation
  return gain.mean();
}

export function safeBoostedGain(channels: NDArray[], db: number): number {
  const gain = pick(channels, DEFAULT_GAIN).copy();
  gain.imul(10 ** (db / 20));
  return gain.mean();
}

const frames = [zeros(8), ones(8).mul(0.5)];
frames[0].slice("::3").fill(0.9);
for (const f of frames) console.log("peaks:", peakLevels(f), "buffers created:", Pool.created);
normaliseAll(frames);
console.log("normalised:", frames.map((f) => f.tolist()), "in use:", meterPool.inUse);
console.log("gain +6 dB:", safeBoostedGain([], 6).toFixed(3), "default:", DEFAULT_GAIN.tolist());
