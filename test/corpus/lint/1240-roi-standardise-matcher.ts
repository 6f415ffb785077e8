// Finds the brightest window of a synthetic grey frame, standardises it for a template matcher and reports the frame exposure.
// runnable
import { zeros, ones, NDArray } from "ndalias";

interface Box {
  y0: number;
  x0: number;
  h: number;
  w: number;
}

function boxSpec(b: Box): string {
  return `${b.y0}:${b.y0 + b.h}, ${b.x0}:${b.x0 + b.w}`;
}

function synthFrame(h: number, w: number, seed: number): NDArray {
  const frame = zeros([h, w]);
  let s = seed;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      s = (s * 1103515245 + 12345) % 2147483648;
      frame.set([y, x], 20 + (s % 40));
    }
  }
  // a bright blob the detector should lock on to
  frame.slice("3:6, 4:8").iadd(150);
  return frame;
}

function brightestBox(frame: NDArray, h: number, w: number): Box {
  let best: Box = { y0: 0, x0: 0, h, w };
  let bestSum = -Infinity;
  for (let y0 = 0; y0 + h <= frame.shape[0]; y0++) {
    for (let x0 = 0; x0 + w <= frame.shape[1]; x0++) {
      const candidate: Box = { y0, x0, h, w };
      const s = frame.slice(boxSpec(candidate)).sum();
      if (s > bestSum) {
        bestSum = s;
        best = candidate;
      }
    }
  }
  return best;
}

function stdDev(x: NDArray): number {
  const centred = x.sub(x.mean());
  return Math.sqrt(centred.mul(centred).mean());
}

function matchScore(patch: NDArray, template: NDArray): number {
  if (patch.shape[0] !== template.shape[0] || patch.shape[1] !== template.shape[1]) {
    throw new Error(`template ${template.shape} does not fit patch ${patch.shape}`);
  }
  return patch.mul(template).sum() / patch.size;
}

function makeTemplate(h: number, w: number): NDArray {
  const t = ones([h, w]);
  t.slice(0).fill(-1);
  t.slice(h - 1).fill(-1);
  t.isub(t.mean());
  return t;
}

class ExposureReport {
  private readonly lines: string[] = [];

  add(label: string, img: NDArray): this {
    this.lines.push(`${label}: mean=${img.mean().toFixed(2)} min=${img.min()} max=${img.max()}`);
    return this;
  }

  print(): void {
    for (const line of this.lines) console.log(line);
  }
}

const frame = synthFrame(10, 12, 7);
const box = brightestBox(frame, 3, 4);
console.log("detection at", box);

const detection = frame.slice(boxSpec(box));

// thumbnail for the operator UI, scaled on its own copy
const thumbnail = detection.copy();
thumbnail.idiv(thumbnail.max());
console.log("thumbnail:", thumbnail.tolist());

// standardise the detection window before matching
const mu = detection.mean();
const sigma = stdDev(detection) || 1;
detection.assign("...", detection.sub(mu).div(sigma)); // expect: no-view-mutation

const template = makeTemplate(box.h, box.w);
console.log("match score:", matchScore(detection, template).toFixed(3));

// exposure control runs on the full frame
new ExposureReport().add("frame", frame).add("template", template).print();
