// A TTL cache in front of a telemetry ingest handler: frames are de-biased before caching, and previews of the first samples are logged.
// runnable
import { array, NDArray } from "ndalias";

class TtlCache {
  private readonly entries = new Map<string, { value: NDArray; expiresAt: number }>();

  constructor(private readonly ttlMs: number, private readonly now: () => number) {}

  put(key: string, value: NDArray): void {
    this.entries.set(key, { value: value.copy(), expiresAt: this.now() + this.ttlMs });
  }

  get(key: string): NDArray | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value.copy();
  }

  size(): number {
    return this.entries.size;
  }
}

let clock = 0;
const cache = new TtlCache(1000, () => clock);

function ingest(deviceId: string, samples: number[]): { preview: unknown; bias: number } {
  const frame = array(samples);
  const preview = frame.slice(":3");
  const bias = frame.mean();
  frame.isub(bias); // expect: no-view-mutation
  cache.put(deviceId, frame);
  return { preview: preview.tolist(), bias };
}

function ingestWithGate(deviceId: string, samples: number[], gate: number): number {
  const frame = array(samples);
  const warmup = frame.slice(`:${gate}`);
  const warmupPeak = warmup.max();
  frame.slice(`:${gate}`).fill(0); // expect: no-view-mutation
  cache.put(deviceId, frame);
  console.log(`${deviceId}: gated warm-up samples`, warmup.tolist(), "peak", warmupPeak);
  return frame.sum();
}

function ingestClean(deviceId: string, samples: number[]): number {
  const frame = array(samples);
  const headline = frame.slice(":2").tolist();
  frame.isub(frame.min());
  cache.put(deviceId, frame);
  console.log(`${deviceId}: raw headline`, headline);
  return frame.max();
}

const first = ingest("dev-1", [10, 12, 11, 13, 14]);
console.log("dev-1 preview", first.preview, "bias", first.bias);

clock += 500;
console.log("dev-1 cached", cache.get("dev-1")?.tolist());

const gatedTotal = ingestWithGate("dev-2", [3, 4, 5, 6, 7, 8], 2);
console.log("dev-2 total after gating", gatedTotal);
console.log("dev-3 range", ingestClean("dev-3", [2.5, 4.0, 3.5]));

clock += 2000;
console.log("dev-1 expired:", cache.get("dev-1") === undefined, "entries left:", cache.size());
