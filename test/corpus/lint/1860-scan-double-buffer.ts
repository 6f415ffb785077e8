// Lidar scan pipeline with double buffering: filters each new scan, compares it with the previous one and keeps a smoothed clearance profile.
import { array, zeros, full, NDArray } from "ndalias";

const BEAMS = 16;
const MAX_RANGE = 10;
const MEDIAN_WIDTH = 3;

function syntheticScan(t: number): number[] {
  return Array.from({ length: BEAMS }, (_, i) => {
    const base = 4 + 2 * Math.cos((i / BEAMS) * 2 * Math.PI) - 0.3 * t;
    return i === (t * 5) % BEAMS ? Number.NaN : base;
  });
}

function medianFilter(scan: NDArray): NDArray {
  const out = scan.copy();
  const half = Math.floor(MEDIAN_WIDTH / 2);
  for (let i = half; i < scan.size - half; i++) {
    const window = scan.slice(`${i - half}:${i + half + 1}`).flatten();
    window.sort();
    out.set(i, window.get(half));
  }
  return out;
}

function meanAbsChange(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  let total = 0;
  for (let i = 0; i < d.size; i++) total += Math.abs(d.get(i));
  return total / d.size;
}

export class ScanPipeline {
  #front = full(BEAMS, MAX_RANGE);
  #back = full(BEAMS, MAX_RANGE);
  #profile = zeros(BEAMS);
  #frames = 0;

  get profile(): NDArray {
    return this.#profile.copy();
  }

  /** Loads a raw scan into the back buffer, swaps buffers, returns the change against the previous scan. */
  ingest(raw: number[]): number {
    for (let i = 0; i < BEAMS; i++) {
      const r = raw[i];
      this.#back.set(i, Number.isFinite(r) ? Math.min(r, MAX_RANGE) : MAX_RANGE);
    }
    [this.#front, this.#back] = [this.#back, this.#front];
    const change = this.#frames > 0 ? meanAbsChange(this.#front, this.#back) : 0;
    const alpha = this.#frames === 0 ? 1 : 0.3;
    this.#profile.imul(1 - alpha);
    this.#profile.iadd(this.#front.mul(alpha));
    this.#frames += 1;
    return change;
  }
}

export function runLocalBuffers(frames: number): number[] {
  let current = zeros(BEAMS);
  let previous = zeros(BEAMS);
  const changes: number[] = [];
  for (let t = 0; t < frames; t++) {
    [previous, current] = [current, previous];
    current.assign(":", array(syntheticScan(t).map((r) => (Number.isFinite(r) ? r : MAX_RANGE))));
    if (t > 0) changes.push(meanAbsChange(current, previous));
  }
  return changes;
}

const pipeline = new ScanPipeline();
const changes: number[] = [];
for (let t = 0; t < 5; t++) changes.push(pipeline.ingest(syntheticScan(t)));
console.log("frame-to-frame change:", changes.map((c) => c.toFixed(3)).join(" "));
console.log("local buffers:", runLocalBuffers(5).map((c) => c.toFixed(3)).join(" "));

// Filtering works on its own rebinding: the raw scan stays intact for logging.
const rawScan = array(syntheticScan(2).map((r) => (Number.isFinite(r) ? r : MAX_RANGE)));
let filtered: NDArray = rawScan;
filtered = medianFilter(filtered);
filtered.imul(0.98);
console.log("raw:", rawScan.tolist());
console.log("filtered and scaled:", filtered.tolist());

// A clearance profile handed to the planner and a separately allocated safety margin.
const profile = pipeline.profile;
const margin = zeros(BEAMS);
margin.fill(0.35);
profile.isub(margin);
console.log("planner clearance:", profile.tolist(), "min:", profile.min().toFixed(3));
