// Background modelling for a static camera: a running mean/variance model updated through its own fields, a module-level histogram, a linked frame history and an object-dtype buffer registry.
import { zeros, empty, NDArray } from "ndalias";

const BINS = 8;
const INTENSITY_HISTOGRAM = zeros(BINS);

function accumulateHistogram(frame: NDArray): number {
  for (const row of frame.tolist() as number[][]) {
    for (const v of row) {
      const b = Math.min(BINS - 1, Math.floor((v / 256) * BINS));
      INTENSITY_HISTOGRAM.set(b, INTENSITY_HISTOGRAM.get(b) + 1);
    }
  }
  return INTENSITY_HISTOGRAM.sum();
}

function resetHistogram(): void {
  INTENSITY_HISTOGRAM.fill(0);
}

class BackgroundModel {
  mean: NDArray;
  m2: NDArray;
  count = 0;

  constructor(h: number, w: number) {
    this.mean = zeros([h, w]);
    this.m2 = zeros([h, w]);
  }

  // Welford update of the per-pixel mean and squared deviations; returns the number of frames seen.
  update(frame: NDArray): number {
    this.count++;
    const delta = frame.sub(this.mean);
    this.mean.iadd(delta.div(this.count));
    this.m2.iadd(delta.mul(frame.sub(this.mean)));
    return this.count;
  }

  // Pixels further than k standard deviations from the mean, as a new 0/1 mask.
  foregroundMask(frame: NDArray, k: number): NDArray {
    const [h, w] = frame.shape;
    const mask = zeros([h, w]);
    const dof = Math.max(1, this.count - 1);
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const std = Math.sqrt(this.m2.get(y, x) / dof) + 1;
        if (Math.abs(frame.get(y, x) - this.mean.get(y, x)) > k * std) mask.set([y, x], 1);
      }
    }
    return mask;
  }

  // Slowly forgets the past: shrinks the accumulated deviations, returns the remaining total.
  forget(factor: number): number {
    this.m2.imul(factor);
    return this.m2.sum();
  }
}

class FrameNode {
  older: FrameNode | null = null;
  constructor(readonly pixels: NDArray, readonly index: number) {}
}

function pushHistory(head: FrameNode | null, pixels: NDArray, index: number): FrameNode {
  const node = new FrameNode(pixels.copy(), index);
  node.older = head;
  return node;
}

class Region {
  parent: Region | null = null;
  constructor(readonly name: string, readonly pixels: NDArray) {}
}

function movingDotFrame(t: number): NDArray {
  const f = zeros([3, 3]);
  f.fill(40 + t);
  f.set([1, t % 3], 230);
  return f;
}

const model = new BackgroundModel(3, 3);
let history: FrameNode | null = null;
for (let t = 0; t < 5; t++) {
  const frame = movingDotFrame(t);
  const seen = model.update(frame);
  const counted = accumulateHistogram(frame);
  history = pushHistory(history, frame, t);
  console.log(`frame ${t}: model has ${seen} frames, histogram has ${counted} samples`);
}

const probe = movingDotFrame(5);
console.log("foreground mask:", model.foregroundMask(probe, 1.5).tolist());
console.log("remaining deviation after forgetting:", model.forget(0.5).toFixed(1));
console.log("histogram:", INTENSITY_HISTOGRAM.tolist());
resetHistogram();

let depth = 0;
for (let node = history; node !== null; node = node.older) depth += node.pixels.max() > 200 ? 1 : 0;
console.log("frames with a bright dot in history:", depth);

// The whole frame and one quadrant; the quadrant knows its parent, the parent keeps no list of children.
const whole = new Region("whole", probe);
const corner = new Region("corner", probe.slice(":2, :2").copy());
corner.parent = whole;
console.log(corner.name, "inside", corner.parent.name, "corner mean", corner.pixels.mean().toFixed(1));

// Registry of the model buffers for a checkpoint writer; a nested registry groups it with scratch space.
const registry = empty(3, "object");
registry.set(0, model.mean);
registry.set(1, model.m2);
registry.set(2, INTENSITY_HISTOGRAM);
const checkpoint = empty(2, "object");
checkpoint.set(0, registry);
checkpoint.set(1, zeros(4));
const meanBuffer: NDArray = registry.get(0);
console.log("checkpoint holds", checkpoint.size, "entries; mean buffer total", meanBuffer.sum().toFixed(1));
