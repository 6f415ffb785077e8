// Green-screen compositing: builds a soft alpha mask from an HWC frame, blends it over a background plate, and samples rows for QA.
import { array, zeros, full, NDArray } from "ndalias";

const H = 3;
const W = 4;

function keyMask(hwc: NDArray, threshold: number): NDArray {
  const mask = zeros([H, W], "int32");
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const r = hwc.get(y, x, 0);
      const g = hwc.get(y, x, 1);
      const b = hwc.get(y, x, 2);
      mask.set([y, x], g - Math.max(r, b) > threshold ? 0 : 1);
    }
  }
  return mask;
}

function softAlpha(mask: NDArray, feather: number): NDArray {
  const alpha = mask.astype("float32");
  alpha.imul(1 - feather);
  alpha.iadd(feather / 2);
  return alpha;
}

function blend(fg: NDArray, bg: NDArray, alpha: NDArray): NDArray {
  const out = zeros([H, W, 3]);
  for (let c = 0; c < 3; c++) {
    const fgPart = fg.slice("..., " + c).mul(alpha);
    const bgPart = bg.slice("..., " + c).mul(alpha.mul(-1).add(1));
    fgPart.iadd(bgPart);
    out.slice("..., " + c).assign("...", fgPart);
  }
  return out;
}

function despill(hwc: NDArray, alpha: NDArray): NDArray {
  const cleaned = hwc.copy();
  const green = cleaned.slice("..., 1").copy();
  const limit = cleaned.slice("..., 0").add(cleaned.slice("..., 2")).mul(0.5);
  for (let i = 0; i < green.size; i++) {
    green.data[i] = Math.min(green.data[i] as number, limit.data[i] as number);
  }
  green.imul(alpha);
  cleaned.assign("..., 1", green);
  return cleaned;
}

const frame = array([
  [[0.1, 0.9, 0.1], [0.2, 0.8, 0.2], [0.7, 0.5, 0.4], [0.6, 0.5, 0.5]],
  [[0.1, 0.9, 0.2], [0.8, 0.6, 0.5], [0.9, 0.7, 0.6], [0.2, 0.9, 0.1]],
  [[0.1, 0.8, 0.1], [0.1, 0.9, 0.1], [0.7, 0.6, 0.5], [0.1, 0.8, 0.2]],
]);
const plate = full([H, W, 3], 0.25);
plate.slice("..., 2").fill(0.6);

const mask = keyMask(frame, 0.3);
console.log("mask:", mask.tolist());

const alpha = softAlpha(mask, 0.2);
console.log("alpha row 1:", alpha.slice(1).tolist());

const keyed = despill(frame, alpha);
const composite = blend(keyed, plate, alpha);
console.log("composite mean:", composite.mean().toFixed(3));

// QA: a few rows gathered into fresh memory, boosted for visibility and printed
const sampled = composite.take([0, 2], 0);
sampled.imul(2);
console.log("QA rows (x2):", sampled.shape.join("x"), "mean", sampled.mean().toFixed(3));

// the inverted mask is its own array; editing it leaves `mask` alone
const holes = mask.mul(-1).add(1);
holes.slice(":, 0").fill(0);
console.log("holes:", holes.sum(), "mask:", mask.sum());

// per-channel gain on a flattened copy of the composite, then reported
const flatComposite = composite.flatten();
flatComposite.imul(1.05);
console.log("graded max:", flatComposite.max().toFixed(3), "composite max:", composite.max().toFixed(3));

// the frame itself is only ever written through its own name
frame.slice("..., 1").imul(0.9);
console.log("frame green mean after grade:", frame.slice("..., 1").mean().toFixed(3));
