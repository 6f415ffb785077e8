// Audio feature extraction: splits an interleaved stereo recording, frames it, windows the frames and computes loudness and zero-crossing features.
import { array, arange, zeros, NDArray } from "ndalias";

interface ChannelPair {
  left: NDArray;
  right: NDArray;
}

interface FeatureSet {
  rms: number[];
  zeroCrossings: number[];
  peak: number;
}

type Extractor = (frames: NDArray) => number[];

function withDefaults<T extends object>(partial: Partial<T>, defaults: T): T {
  return { ...defaults, ...partial };
}

interface FrameOptions {
  frameLength: number;
  window: "hann" | "rect";
  normalise: boolean;
}

const FRAME_DEFAULTS: FrameOptions = { frameLength: 4, window: "hann", normalise: true };

function interleavedIndices(count: number, channel: 0 | 1): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(2 * i + channel);
  return out;
}

function splitStereo(interleaved: NDArray): ChannelPair {
  const n = interleaved.size / 2;
  return {
    left: interleaved.take(interleavedIndices(n, 0)),
    right: interleaved.take(interleavedIndices(n, 1)),
  };
}

function louder(pair: ChannelPair): NDArray {
  return pair.left.max() >= pair.right.max() ? pair.left : pair.right;
}

function toFrames(signal: NDArray, frameLength: number): NDArray {
  if (signal.size % frameLength !== 0) {
    throw new Error(`signal of ${signal.size} samples does not split into frames of ${frameLength}`);
  }
  return signal.reshape(signal.size / frameLength, frameLength);
}

function hannWindow(n: number): NDArray {
  const w = arange(n);
  w.imul((2 * Math.PI) / (n - 1));
  const values = (w.tolist() as number[]).map((x) => 0.5 - 0.5 * Math.cos(x));
  return array(values);
}

function windowFor(opts: FrameOptions): NDArray {
  return opts.window === "hann" ? hannWindow(opts.frameLength) : zeros(opts.frameLength).add(1);
}

function rowWise(frames: NDArray, fn: (row: NDArray) => number): number[] {
  const out: number[] = [];
  for (let r = 0; r < frames.shape[0]; r++) {
    out.push(fn(frames.slice(r)));
  }
  return out;
}

const EXTRACTORS: Record<string, Extractor> = {
  rms: (frames) => rowWise(frames, (row) => Math.sqrt(row.mul(row).mean())),
  zeroCrossings: (frames) =>
    rowWise(frames, (row) => {
      let crossings = 0;
      for (let i = 1; i < row.size; i++) {
        if (row.get(i - 1) * row.get(i) < 0) crossings++;
      }
      return crossings;
    }),
};

function extract(frames: NDArray, peak: number): FeatureSet {
  return {
    rms: EXTRACTORS.rms(frames),
    zeroCrossings: EXTRACTORS.zeroCrossings(frames),
    peak,
  };
}

function windowedCopy(signal: NDArray, opts: FrameOptions): NDArray {
  const frames = toFrames(signal, opts.frameLength).copy();
  frames.imul(windowFor(opts));
  return frames;
}

function describe(name: string, features: FeatureSet): string {
  const rms = features.rms.map((v) => v.toFixed(3)).join(" ");
  return `${name}: peak=${features.peak.toFixed(3)} rms=[${rms}] zc=[${features.zeroCrossings.join(" ")}]`;
}

class FeatureCache {
  private readonly entries = new Map<string, FeatureSet>();
  private hits = 0;

  lookup(key: string, compute: () => FeatureSet): FeatureSet {
    const cached = this.entries.get(key);
    if (cached) {
      this.hits++;
      return cached;
    }
    const fresh = compute();
    this.entries.set(key, fresh);
    return fresh;
  }

  get hitCount(): number {
    return this.hits;
  }
}

const opts = withDefaults<FrameOptions>({ frameLength: 4 }, FRAME_DEFAULTS);
const cache = new FeatureCache();

const interleaved = array([
  0.1, 0.05, 0.4, 0.2, -0.3, -0.1, 0.8, 0.3, -0.6, -0.2, 0.2, 0.1, -0.1, 0.0, 0.5, 0.25,
]);
const stereo = splitStereo(interleaved);

const leftFeatures = cache.lookup("left", () => {
  const frames = windowedCopy(stereo.left, opts);
  return extract(frames, stereo.left.max());
});
console.log(describe("left", leftFeatures));

const dominant = louder(stereo);
if (opts.normalise) {
  dominant.idiv(dominant.max()); // expect: no-alias-mutation
}
console.log("left channel:", stereo.left.tolist());
console.log("right channel:", stereo.right.tolist());

// Mono mix of the two channels, analysed frame by frame.
const recording = stereo.left.add(stereo.right).mul(0.5);
const rawPeak = recording.max();
const frames = toFrames(recording, opts.frameLength);
frames.imul(windowFor(opts)); // expect: no-view-mutation
const monoFeatures = cache.lookup("mono", () => extract(frames, rawPeak));
console.log(describe("mono", monoFeatures));
console.log("mono energy:", recording.mul(recording).sum().toFixed(4));

const again = cache.lookup("left", () => extract(windowedCopy(stereo.left, opts), 0));
console.log("cache hits:", cache.hitCount, "same object:", again === leftFeatures);
console.log("interleaved samples:", interleaved.size);
