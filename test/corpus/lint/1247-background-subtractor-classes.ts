// Motion detection with a family of background models: a running average, a decaying-peak model and a median-of-history model.
import { zeros, NDArray } from "ndalias";

abstract class BackgroundModel {
  protected readonly background: NDArray;
  protected frames = 0;

  constructor(h: number, w: number) {
    this.background = zeros([h, w]);
  }

  /** Folds a frame into the model; the model owns its background buffer. */
  abstract update(frame: NDArray): void;

  /** The current background estimate as an independent image. */
  snapshot(): NDArray {
    return this.background.copy();
  }

  foreground(frame: NDArray, threshold: number): NDArray {
    const diff = frame.sub(this.background);
    for (let i = 0; i < diff.size; i++) {
      diff.data[i] = Math.abs(diff.data[i] as number) > threshold ? 1 : 0;
    }
    return diff;
  }
}

class RunningAverage extends BackgroundModel {
  constructor(h: number, w: number, private readonly alpha: number) {
    super(h, w);
  }

  update(frame: NDArray): void {
    if (this.frames === 0) this.background.assign("...", frame);
    else this.background.imul(1 - this.alpha).iadd(frame.mul(this.alpha));
    this.frames++;
  }
}

class DecayingPeak extends RunningAverage {
  private readonly peak: NDArray;

  constructor(h: number, w: number, alpha: number, private readonly decay: number) {
    super(h, w, alpha);
    this.peak = zeros([h, w]);
  }

  override update(frame: NDArray): void {
    super.update(frame);
    this.peak.imul(this.decay);
    for (let i = 0; i < frame.size; i++) {
      const v = frame.data[frame.offset + i] as number;
      if (v > (this.peak.data[i] as number)) this.peak.data[i] = v;
    }
  }

  override snapshot(): NDArray {
    const base = super.snapshot();
    base.iadd(this.peak.mul(0.1));
    return base;
  }
}

class MedianHistory extends BackgroundModel {
  private readonly history: NDArray[] = [];

  update(frame: NDArray): void {
    this.history.push(frame.copy());
    if (this.history.length > 5) this.history.shift();
    const n = this.history.length;
    for (let i = 0; i < this.background.size; i++) {
      const samples = this.history.map((f) => f.data[i] as number).sort((a, b) => a - b);
      this.background.data[i] = samples[Math.floor(n / 2)];
    }
    this.frames++;
  }
}

const maskCache = new WeakMap<BackgroundModel, NDArray>();

function latestMask(model: BackgroundModel, frame: NDArray): NDArray {
  const mask = model.foreground(frame, 20);
  maskCache.set(model, mask);
  return mask;
}

function makeFrame(t: number): NDArray {
  const f = zeros([5, 6]);
  f.fill(40);
  f.slice(`1:3, ${t % 5}:${(t % 5) + 2}`).fill(200);
  return f;
}

const models: BackgroundModel[] = [
  new RunningAverage(5, 6, 0.2),
  new DecayingPeak(5, 6, 0.2, 0.9),
  new MedianHistory(5, 6),
];

for (let t = 0; t < 6; t++) {
  const frame = makeFrame(t);
  for (const m of models) m.update(frame);
}

const probe = makeFrame(6);
for (const m of models) {
  const mask = latestMask(m, probe);
  const bg = m.snapshot();
  bg.isub(bg.min());
  console.log(`${m.constructor.name}: moving pixels=${mask.sum()} background spread=${bg.max().toFixed(1)}`);
}
console.log("cached masks:", models.filter((m) => maskCache.has(m)).length);
