// Multi-pass envelope smoother and wet/dry mixer: passes ping-pong between two buffers swapped by destructuring, and intermediate names are rebound to new arrays before anything is written.
import { array, zeros, NDArray } from "ndalias";

// Three-tap moving average from src into dst (edges held).
function smoothInto(dst: NDArray, src: NDArray): void {
  const n = src.size;
  for (let i = 0; i < n; i++) {
    const a: number = src.get(Math.max(0, i - 1));
    const b: number = src.get(i);
    const c: number = src.get(Math.min(n - 1, i + 1));
    dst.set(i, (a + b + c) / 3);
  }
}

// Runs `passes` smoothing passes with two buffers and returns the last result.
function smoothEnvelope(envelope: NDArray, passes: number): NDArray {
  let front = envelope.copy();
  let back = zeros(envelope.size);
  for (let p = 0; p < passes; p++) {
    smoothInto(back, front);
    [front, back] = [back, front];
  }
  return front;
}

// Rectified envelope of an audio block.
function rectify(block: NDArray): NDArray {
  const out = block.copy();
  for (let i = 0; i < out.size; i++) {
    out.set(i, Math.abs(out.get(i) as number));
  }
  return out;
}

// Wet/dry mix: the wet name starts as the dry block but is rebound to a new array before any write.
function wetDryMix(dry: NDArray, mix: number, drive: number): NDArray {
  let wet = dry;
  wet = wet.mul(drive);
  for (let i = 0; i < wet.size; i++) {
    wet.set(i, Math.tanh(wet.get(i) as number));
  }
  wet.imul(mix);
  const out = dry.mul(1 - mix);
  out.iadd(wet);
  return out;
}

// Gain riding: the curve name is rebound to an offset copy of the envelope before it is written.
function gainCurve(envelope: NDArray, target: number): NDArray {
  let curve = envelope;
  curve = curve.add(1e-3);
  for (let i = 0; i < curve.size; i++) {
    curve.set(i, Math.min(4, target / (curve.get(i) as number)));
  }
  return curve;
}

const block = array([0.0, 0.4, -0.8, 0.9, -0.3, 0.1, 0.0, -0.6, 0.7, -0.2, 0.05, 0.0]);

const rectified = rectify(block);
const envelope = smoothEnvelope(rectified, 3);
console.log("rectified:", (rectified.tolist() as number[]).map((v) => Number(v).toFixed(2)).join(" "));
console.log("envelope:", (envelope.tolist() as number[]).map((v) => Number(v).toFixed(3)).join(" "));

const gains = gainCurve(envelope, 0.3);
console.log("gain curve:", (gains.tolist() as number[]).map((v) => Number(v).toFixed(2)).join(" "));
console.log("envelope after gain curve:", envelope.sum().toFixed(4));

const mixed = wetDryMix(block, 0.35, 3);
console.log("mixed:", (mixed.tolist() as number[]).map((v) => Number(v).toFixed(3)).join(" "));
console.log("dry kept:", block.tolist());

// Module-level double buffer for the display, swapped every frame.
let shown = zeros(block.size);
let drawing = zeros(block.size);
for (let frame = 0; frame < 3; frame++) {
  drawing.assign(":", envelope.mul(frame + 1));
  [shown, drawing] = [drawing, shown];
  console.log(`frame ${frame}: shown sum ${shown.sum().toFixed(3)}, drawing sum ${drawing.sum().toFixed(3)}`);
}

// Rebinding at module level: the preview name is pointed at a new array before it is normalised.
let preview = mixed;
preview = preview.copy();
preview.idiv(Math.max(preview.max(), -preview.min()));
console.log("preview:", (preview.tolist() as number[]).map((v) => Number(v).toFixed(2)).join(" "));
console.log("mixed untouched:", mixed.sum().toFixed(4));
