// Waveshaper plugin with selectable curves (switch with fallthrough), 2x oversampling through a zero-stuffed buffer, and a dry/wet mix that keeps a dry copy.
import { array, zeros, NDArray } from "ndalias";

type Curve = "hard" | "soft" | "tube" | "fold";

/** Applies the transfer curve to every sample of y, in place. */
function applyCurve(y: NDArray, curve: Curve): void {
  switch (curve) {
    case "hard":
      for (let i = 0; i < y.size; i++) y.set(i, Math.max(-1, Math.min(1, y.get(i))));
      return;
    case "tube":
      // asymmetric pre-bend, then the soft curve
      for (let i = 0; i < y.size; i++) {
        if (y.get(i) < 0) y.set(i, y.get(i) * 0.7);
      }
    // falls through
    case "soft":
      for (let i = 0; i < y.size; i++) y.set(i, Math.tanh(y.get(i)));
      break;
    case "fold":
      for (let i = 0; i < y.size; i++) {
        let v = y.get(i);
        while (Math.abs(v) > 1) v = Math.sign(v) * 2 - v;
        y.set(i, v);
      }
      break;
  }
}

function upsample2x(x: NDArray): NDArray {
  const up = zeros(x.size * 2);
  up.assign("::2", x);
  for (let i = 1; i < up.size - 1; i += 2) {
    up.set(i, 0.5 * (up.get(i - 1) + up.get(i + 1)));
  }
  return up;
}

function downsample2x(x: NDArray): NDArray {
  return x.slice("::2").copy();
}

export class Waveshaper {
  drive = 2;
  mix = 0.75;
  curve: Curve = "tube";
  private readonly lastPeak: NDArray = zeros(1);

  /** Processes one block in place. */
  processInPlace(block: NDArray): void {
    if (this.mix === 0) return;
    const dry = block.copy();
    const up = upsample2x(block);
    up.imul(this.drive);
    applyCurve(up, this.curve);
    const wet = downsample2x(up);
    block.assign(":", wet);
    block.imul(this.mix);
    block.iadd(dry.mul(1 - this.mix));
    this.lastPeak.set(0, Math.max(block.max(), -block.min()));
  }

  /** Returns a shaped copy and leaves the input untouched. */
  shaped(block: NDArray): NDArray {
    const y = block.mul(this.drive);
    applyCurve(y, this.curve);
    return y;
  }

  peak(): number {
    return this.lastPeak.get(0);
  }
}

const shaper = new Waveshaper();
const block = array([0.0, 0.4, 0.9, 0.6, -0.2, -0.8, -1.0, -0.3]);
const preview = shaper.shaped(block);
console.log("preview:", preview.tolist(), "source unchanged:", block.tolist());

const curves: Curve[] = ["hard", "fold", "soft"];
for (const c of curves) {
  shaper.curve = c;
  const y = shaper.shaped(block);
  console.log(`${c}:`, y.tolist());
}

shaper.curve = "tube";
shaper.processInPlace(block);
console.log("processed:", block.tolist(), "peak:", shaper.peak().toFixed(3));
