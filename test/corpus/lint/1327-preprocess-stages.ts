// An audio preprocessing pipeline of in-place stages (gain, DC removal, clipping, fade-in) applied frame by frame to a working copy.
import { array, linspace, NDArray } from "ndalias";

abstract class Stage {
  static applied = 0;
  abstract readonly label: string;

  /** Modifies `frame` in place. */
  abstract process(frame: NDArray): void;

  run(frame: NDArray): void {
    this.process(frame);
    Stage.applied++;
  }
}

class Gain extends Stage {
  readonly label = "gain";
  constructor(private readonly factor: number) {
    super();
  }
  process(frame: NDArray): void {
    frame.imul(this.factor);
  }
}

class RemoveDC extends Stage {
  readonly label = "dc";
  process(frame: NDArray): void {
    frame.isub(frame.mean());
  }
}

class HardClip extends Stage {
  readonly label = "clip";
  constructor(private readonly limit: number) {
    super();
  }
  process(frame: NDArray): void {
    const samples = frame.data;
    for (let i = 0; i < frame.size; i++) {
      const v = samples[frame.offset + i * frame.strides[0]] as number;
      samples[frame.offset + i * frame.strides[0]] = Math.max(-this.limit, Math.min(this.limit, v));
    }
  }
}

class FadeIn extends Stage {
  readonly label = "fade";
  private ramp: NDArray;
  constructor(length: number) {
    super();
    this.ramp = linspace(0, 1, length);
  }
  process(frame: NDArray): void {
    const head = frame.slice(`:${this.ramp.size}`);
    head.imul(this.ramp);
  }
}

class Pipeline {
  private stages: Stage[] = [];
  private framesSeen = 0;

  add(stage: Stage): this {
    this.stages.push(stage);
    return this;
  }

  get names(): string {
    return this.stages.map((s) => s.label).join(" -> ");
  }

  processFrames(signal: NDArray, frameLength: number): NDArray {
    const out = signal.copy();
    const frames = Math.floor(out.size / frameLength);
    for (let f = 0; f < frames; f++) {
      const frame = out.slice(`${f * frameLength}:${(f + 1) * frameLength}`);
      for (const stage of this.stages) stage.run(frame);
      this.framesSeen++;
    }
    return out;
  }

  get frames(): number {
    return this.framesSeen;
  }
}

const signal = array([0.2, 0.9, 1.4, -0.3, 0.5, 0.8, 2.2, -1.9, 0.1, 0.4, 0.3, 0.6]);
const pipeline = new Pipeline().add(new Gain(1.5)).add(new RemoveDC()).add(new HardClip(1.0)).add(new FadeIn(2));

console.log("input peak:", signal.max(), "input mean:", signal.mean());
const cleaned = pipeline.processFrames(signal, 4);
console.log("stages:", pipeline.names, "frames:", pipeline.frames);
console.log("cleaned:", cleaned.tolist());

const channels = [signal.copy(), signal.mul(0.5)];
channels.forEach((ch) => new Gain(2).run(ch));
channels.forEach((ch) => {
  ch.slice(":2").fill(0);
});
console.log("channel peaks:", channels.map((ch) => ch.max()), "stages applied:", Stage.applied);
console.log("original signal untouched:", signal.tolist());
