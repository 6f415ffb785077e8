// Parameter automation lanes: breakpoints are rendered into per-block curves, shaped, and handed to listeners stored on the lane that apply them in place.
import { array, zeros, NDArray } from "ndalias";

type CurveListener = (curve: NDArray, blockIndex: number) => void;
type Shape = "linear" | "exp" | "scurve" | "log";

class AutomationLane {
  private readonly listeners: CurveListener[] = [];
  private onBlockEnd: ((last: number) => void) | null = null;

  constructor(readonly times: NDArray, readonly values: NDArray, readonly shape: Shape) {}

  subscribe(fn: CurveListener): void {
    this.listeners.push(fn);
  }

  setBlockEnd(fn: (last: number) => void): void {
    this.onBlockEnd = fn;
  }

  valueAt(t: number): number {
    const n = this.times.size;
    if (t <= this.times.get(0)) return this.values.get(0);
    for (let i = 1; i < n; i++) {
      const t1 = this.times.get(i);
      if (t > t1) continue;
      const t0 = this.times.get(i - 1);
      const frac = (t - t0) / (t1 - t0);
      return this.values.get(i - 1) + frac * (this.values.get(i) - this.values.get(i - 1));
    }
    return this.values.get(n - 1);
  }

  renderBlock(start: number, frames: number, sampleRate: number, blockIndex: number): NDArray {
    const raw = zeros(frames);
    for (let n = 0; n < frames; n++) {
      raw.set(n, this.valueAt((start + n) / sampleRate));
    }
    const curve = shapeCurve(raw, this.shape);
    for (const fn of this.listeners) fn(curve, blockIndex);
    this.onBlockEnd?.(curve.get(frames - 1));
    return curve;
  }
}

function shapeCurve(curve: NDArray, shape: Shape): NDArray {
  const out = curve.copy();
  switch (shape) {
    case "scurve":
      for (let i = 0; i < out.size; i++) {
        const x = out.get(i);
        out.set(i, x * x * (3 - 2 * x));
      }
    // falls through: an S-curve is also squared for a steeper knee
    case "exp":
      out.imul(out);
      break;
    case "log":
      for (let i = 0; i < out.size; i++) out.set(i, Math.sqrt(out.get(i)));
      break;
    case "linear":
    default:
      break;
  }
  return out;
}

const gainLog = zeros(4);
const lastValues: number[] = [];

const lane = new AutomationLane(array([0, 0.001, 0.002]), array([0, 1, 0.5]), "scurve");
lane.subscribe((curve, blockIndex) => {
  gainLog.set(blockIndex, curve.mean());
});
lane.subscribe((curve) => curve.imul(0.8));
lane.setBlockEnd((last) => {
  lastValues.push(last);
});

const BLOCK = 16;
const audio = zeros(BLOCK * 4);
for (let b = 0; b < 4; b++) {
  const curve = lane.renderBlock(b * BLOCK, BLOCK, 48000, b);
  audio.slice(`${b * BLOCK}:${(b + 1) * BLOCK}`).assign(":", curve);
}

console.log("mean gain per block:", gainLog.tolist());
console.log("block end values:", lastValues.map((v) => v.toFixed(3)).join(", "));
console.log("automation peak:", audio.max().toFixed(3));
