// Cuts an audio signal into Hann-windowed frames through static factories and ranks the frames by energy to find onsets.
import { array, zeros, linspace, NDArray } from "ndalias";

const MAX_FRAME = 16;
const FRAME_SCRATCH = zeros(MAX_FRAME);
const HANN = zeros(MAX_FRAME);
for (let i = 0; i < MAX_FRAME; i++) {
  HANN.set(i, 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (MAX_FRAME - 1)));
}

class Frame {
  protected constructor(readonly samples: NDArray, readonly start: number) {}

  static windowed(signal: NDArray, start: number, length: number): Frame {
    const window = FRAME_SCRATCH.slice(`:${length}`);
    window.assign(":", signal.slice(`${start}:${start + length}`).mul(HANN.slice(`:${length}`))); // expect: no-view-mutation
    return new Frame(window, start);
  }

  static copied(signal: NDArray, start: number, length: number): Frame {
    const own = signal.slice(`${start}:${start + length}`).copy();
    own.imul(HANN.slice(`:${length}`));
    return new Frame(own, start);
  }

  static silence(length: number): Frame {
    const buf = FRAME_SCRATCH;
    buf.fill(0); // expect: no-alias-mutation
    return new Frame(buf.slice(`:${length}`), -1);
  }

  static ramp(length: number): Frame {
    return new Frame(linspace(0, 1, length), 0);
  }

  energy(): number {
    return this.samples.mul(this.samples).sum();
  }

  peak(): number {
    return Math.max(this.samples.max(), -this.samples.min());
  }

  get length(): number {
    return this.samples.size;
  }
}

class OnsetFrame extends Frame {
  static detect(signal: NDArray, length: number, hop: number): Frame[] {
    const frames: Frame[] = [];
    for (let start = 0; start + length <= signal.size; start += hop) {
      frames.push(Frame.windowed(signal, start, length));
    }
    return frames;
  }

  static detectSafely(signal: NDArray, length: number, hop: number): Frame[] {
    const frames: Frame[] = [];
    for (let start = 0; start + length <= signal.size; start += hop) {
      frames.push(Frame.copied(signal, start, length));
    }
    return frames;
  }
}

function loudest(frames: Frame[]): Frame {
  let best = frames[0];
  for (const f of frames) {
    if (f.energy() > best.energy()) best = f;
  }
  return best;
}

function energyProfile(frames: Frame[]): number[] {
  return frames.map((f) => Number(f.energy().toFixed(4)));
}

function normalisedPeaks(frames: Frame[]): number[] {
  const peaks = array(frames.map((f) => f.peak()));
  peaks.idiv(peaks.max() || 1);
  return peaks.tolist() as number[];
}

const signal = zeros(32);
for (let i = 0; i < 32; i++) {
  const envelope = i >= 12 && i < 20 ? 1 : 0.1;
  signal.set(i, envelope * Math.sin(i * 0.9));
}

const fast = OnsetFrame.detect(signal, 8, 4);
const safe = OnsetFrame.detectSafely(signal, 8, 4);

console.log("fast energies:", energyProfile(fast));
console.log("safe energies:", energyProfile(safe));
console.log("loudest frame starts at", loudest(safe).start, "vs fast", loudest(fast).start);
console.log("normalised peaks:", normalisedPeaks(safe));

const gap = Frame.silence(8);
const ramp = Frame.ramp(8);
console.log("silence energy:", gap.energy(), "ramp energy:", ramp.energy().toFixed(3), "gap length:", gap.length);
