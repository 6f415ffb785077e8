// Lab instrument pipeline: streams absorbance spectra through frame handlers, picks peaks against a median noise floor and tabulates areas.
import { array, zeros, arange, NDArray } from "ndalias";

type Option<T> = T | undefined;
type Pair<A, B> = { left: A; right: B };
type FrameHandler = (frame: NDArray, index: number) => void;

interface Peak {
  position: number;
  height: number;
  prominence: number;
}

interface PeakRow {
  label: string;
  position: number;
  area: number;
}

class Stack<T> {
  private readonly items: T[] = [];
  push(x: T): void {
    this.items.push(x);
  }
  pop(): Option<T> {
    return this.items.pop();
  }
  get length(): number {
    return this.items.length;
  }
}

function medianOf(x: NDArray): number {
  const sorted = x.flatten();
  sorted.sort();
  const mid = Math.floor(sorted.size / 2);
  return sorted.size % 2 === 1 ? sorted.get(mid) : 0.5 * (sorted.get(mid - 1) + sorted.get(mid));
}

function noiseFloor(x: NDArray): number {
  const m = medianOf(x);
  const dev = x.sub(m);
  for (let i = 0; i < dev.size; i++) dev.data[i] = Math.abs(dev.data[i] as number);
  return 1.4826 * medianOf(dev);
}

function findPeaks(x: NDArray, minProminence: number): Peak[] {
  const peaks: Peak[] = [];
  const floor = medianOf(x);
  for (let i = 1; i + 1 < x.size; i++) {
    const h = x.get(i);
    if (h > x.get(i - 1) && h >= x.get(i + 1) && h - floor >= minProminence) {
      peaks.push({ position: i, height: h, prominence: h - floor });
    }
  }
  return peaks;
}

function normalizedCopy(x: NDArray): NDArray {
  const out = x.copy();
  const peak = out.max();
  if (peak > 0) out.idiv(peak);
  return out;
}

function splitHalves(x: NDArray): Pair<NDArray, NDArray> {
  const half = Math.floor(x.size / 2);
  return { left: x.slice(`:${half}`).copy(), right: x.slice(`${half}:`).copy() };
}

class PeakTable {
  private readonly areas: NDArray;
  private readonly rows: PeakRow[] = [];

  constructor(readonly labels: string[]) {
    this.areas = zeros(labels.length);
  }

  add(label: string, spectrum: NDArray, peak: Peak, halfWidth: number): number {
    const idx = this.labels.indexOf(label);
    if (idx < 0) return -1;
    const lo = Math.max(0, peak.position - halfWidth);
    const area = spectrum.slice(`${lo}:${peak.position + halfWidth + 1}`).sum();
    this.areas.set(idx, this.areas.get(idx) + area);
    this.rows.push({ label, position: peak.position, area });
    return this.areas.get(idx);
  }

  largest(): Option<PeakRow> {
    return [...this.rows].sort((a, b) => b.area - a.area).at(0);
  }

  fractions(): NDArray {
    const total = this.areas.sum();
    const f = this.areas.copy();
    if (total > 0) f.idiv(total);
    return f;
  }

  reset(): number {
    const firstTwo = this.areas.slice(":2");
    const carried = firstTwo.sum();
    this.areas.fill(0);
    this.rows.length = 0;
    return carried;
  }
}

class FramePipeline {
  private readonly handlers: FrameHandler[] = [];
  private readonly processed = new Stack<number>();

  on(handler: FrameHandler): void {
    this.handlers.push(handler);
  }

  run(frames: NDArray): number {
    for (let i = 0; i < frames.shape[0]; i++) {
      const frame = frames.slice(i).copy();
      this.handlers.forEach((h) => h(frame, i));
      this.processed.push(i);
    }
    return this.processed.length;
  }
}

const wavelengths = arange(400, 420);
const frames = zeros([3, wavelengths.size]);
for (let f = 0; f < 3; f++) {
  for (let i = 0; i < wavelengths.size; i++) {
    const w = wavelengths.get(i);
    frames.set([f, i], 0.05 + 0.8 * Math.exp(-((w - 406) ** 2) / 2) + 0.4 * Math.exp(-((w - 414) ** 2) / 3) + 0.01 * f);
  }
}

const table = new PeakTable(["band-A", "band-B"]);
const pipeline = new FramePipeline();
const dark = array(Array.from({ length: wavelengths.size }, () => 0.01));

const subtractDark: FrameHandler = (frame) => {
  frame.isub(dark);
};
pipeline.on(subtractDark);
pipeline.on((frame, index) => {
  const peaks = findPeaks(frame, 5 * Math.max(noiseFloor(frame), 0.01));
  peaks.forEach((p, k) => table.add(k === 0 ? "band-A" : "band-B", frame, p, 2));
  console.log(`frame ${index}: ${peaks.length} peaks at ${peaks.map((p) => wavelengths.get(p.position)).join(", ")} nm`);
});

console.log("frames processed:", pipeline.run(frames));
console.log("area fractions:", table.fractions().tolist());
console.log("largest peak:", table.largest()?.label);

const firstFrame = frames.slice(0);
const { left, right } = splitHalves(firstFrame);
left.fill(0);
console.log("right half normalised:", normalizedCopy(right).tolist());
console.log("first frame median:", medianOf(firstFrame).toFixed(3), "left zeroed:", left.sum());

const overview = frames.ravel();
console.log("overall max absorbance:", overview.max().toFixed(3));
frames.fill(0);
console.log("areas carried over on reset:", table.reset().toFixed(3));
