// Image processing middleware chain: void middlewares edit the frame they are handed, analyzers only read it, and previews are copies.
import { array, zeros, NDArray } from "ndalias";

type Middleware = (frame: NDArray) => void;
type Analyzer = (frame: NDArray) => number;

function createPipeline() {
  const stages: Middleware[] = [];
  const analyzers = new Map<string, Analyzer>();
  return {
    use(mw: Middleware) {
      stages.push(mw);
      return this;
    },
    measure(name: string, fn: Analyzer) {
      analyzers.set(name, fn);
      return this;
    },
    run(frame: NDArray): Record<string, number> {
      const metrics: Record<string, number> = {};
      for (const [name, fn] of analyzers) metrics[`${name}:in`] = fn(frame);
      for (const mw of stages) mw(frame);
      for (const [name, fn] of analyzers) metrics[`${name}:out`] = fn(frame);
      return metrics;
    },
  };
}

const invert: Middleware = (frame) => {
  frame.imul(-1);
  frame.iadd(255);
};

const blackBorder: Middleware = (frame) => {
  frame.slice(0).fill(0);
  frame.slice(-1).fill(0);
  frame.slice(":", 0).fill(0);
  frame.slice(":", -1).fill(0);
};

function threshold(level: number): Middleware {
  return (frame) => {
    for (let i = 0; i < frame.size; i++) {
      frame.data[i] = (frame.data[i] as number) >= level ? 255 : 0;
    }
  };
}

const brightness: Analyzer = (frame) => frame.mean();
const contrast: Analyzer = (frame) => frame.max() - frame.min();

function preview(frame: NDArray, gain: number): NDArray {
  const p = frame.copy();
  p.imul(gain);
  return p;
}

function histogram(frame: NDArray, bins: number): NDArray {
  const h = zeros(bins);
  for (let i = 0; i < frame.size; i++) {
    const b = Math.min(bins - 1, Math.floor(((frame.data[i] as number) / 256) * bins));
    h.set(b, h.get(b) + 1);
  }
  return h;
}

export function processFrame(pixels: number[][]): number {
  const frame = array(pixels);
  const original = frame.copy();

  const shown = frame;
  console.log("input brightness:", shown.mean().toFixed(1));

  const metrics = createPipeline()
    .use(invert)
    .use(blackBorder)
    .use(threshold(128))
    .measure("brightness", brightness)
    .measure("contrast", contrast)
    .run(frame);

  console.log("metrics:", metrics);
  console.log("histogram:", histogram(frame, 4).tolist());
  console.log("preview of original:", preview(original, 0.5).tolist());
  return frame.sum() - original.sum();
}

const img = [
  [10, 200, 30, 90],
  [120, 250, 60, 15],
  [5, 180, 140, 220],
];
console.log("pixel delta:", processFrame(img));
