// Fits per-channel offset and gain corrections for a sensor array and applies them to raw frames without touching the raw data.
import { array, zeros, ones, NDArray } from "ndalias";

interface ProfileSnapshot {
  readonly offset: NDArray | null;
  readonly gain: NDArray | null;
}

class CalibrationProfile {
  offset: NDArray | null = null;
  gain: NDArray | null = null;
  private updates = 0;

  constructor(readonly channels: number) {}

  learnOffset(reference: NDArray, measured: NDArray): void {
    const diff = measured.sub(reference);
    if (this.offset === null) {
      this.offset = diff;
    } else {
      this.offset.imul(0.5);
      this.offset.iadd(diff.mul(0.5));
    }
    this.updates += 1;
  }

  learnGain(expected: NDArray, observed: NDArray): void {
    const ratio = expected.div(observed);
    this.gain = ratio;
  }

  resetGain(): void {
    this.gain?.fill(1);
  }

  apply(raw: NDArray): NDArray {
    const out = raw.sub(this.offset ?? 0);
    if (this.gain) {
      out.imul(this.gain);
    }
    return out;
  }

  offsetNorm(): number {
    const o = this.offset;
    return o ? Math.sqrt(o.mul(o).sum()) : 0;
  }

  gainSpread(): number {
    return (this.gain?.max() ?? 1) - (this.gain?.min() ?? 1);
  }

  snapshot(): ProfileSnapshot {
    return {
      offset: this.offset?.copy() ?? null,
      gain: this.gain?.copy() ?? null,
    };
  }

  restore(s: ProfileSnapshot): void {
    this.offset = s.offset?.copy() ?? null;
    this.gain = s.gain?.copy() ?? null;
  }

  get updateCount(): number {
    return this.updates;
  }
}

function hasGain(p: CalibrationProfile): p is CalibrationProfile & { gain: NDArray } {
  return p.gain !== null;
}

function describe(label: string, x: NDArray | null | undefined): string {
  if (!x) return `${label}: none`;
  return `${label}: [${(x.tolist() as number[]).map((v) => v.toFixed(3)).join(", ")}]`;
}

const profile = new CalibrationProfile(4);
const reference = array([1.0, 1.0, 1.0, 1.0]);
const firstPass = array([1.12, 0.97, 1.05, 1.2]);
const secondPass = array([1.1, 0.95, 1.07, 1.18]);

profile.learnOffset(reference, firstPass);
const beforeSecond = profile.snapshot();
profile.learnOffset(reference, secondPass);
console.log(describe("offset after two passes", profile.offset));
console.log(describe("offset after one pass", beforeSecond.offset));

profile.learnGain(ones(4).mul(2), array([1.9, 2.1, 2.0, 1.95]));
if (hasGain(profile)) {
  profile.gain.imul(1.01);
  console.log("gain spread:", profile.gainSpread().toFixed(4));
}

const rawFrame = array([2.3, 1.8, 2.05, 2.4]);
const corrected = profile.apply(rawFrame);
const ambient = zeros(4);
ambient.fill(0.02);
corrected.isub(ambient);
console.log(describe("raw frame", rawFrame));
console.log(describe("corrected frame", corrected));

const trial = profile.snapshot();
profile.resetGain();
const flatGain = profile.apply(rawFrame);
console.log(describe("flat-gain frame", flatGain));
profile.restore(trial);
console.log(describe("restored gain", profile.gain));

console.log("offset norm:", profile.offsetNorm().toFixed(4), "updates:", profile.updateCount);
console.log(describe("snapshot offset", trial.offset), describe("raw frame again", rawFrame));
