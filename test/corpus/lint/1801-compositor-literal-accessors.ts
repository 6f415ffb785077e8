// Slide-transition compositor kept in an object literal with accessor pairs: fades the current frame, blends in an overlay and prints the frames.
// runnable
import { array, NDArray } from "ndalias";

function mixed(base: NDArray, top: NDArray, alpha: number): NDArray {
  return base.mul(1 - alpha).add(top.mul(alpha));
}

function blend(base: NDArray, top: NDArray, alpha: number): NDArray {
  base.imul(1 - alpha); // expect: no-alias-mutation
  return base.add(top.mul(alpha));
}

function luminance(frame: NDArray): number {
  return frame.mean();
}

function clampInPlace(frame: NDArray): void {
  for (let i = 0; i < frame.size; i++) {
    const v = frame.data[i] as number;
    frame.data[i] = Math.min(1, Math.max(0, v));
  }
}

const background = array([
  [0.2, 0.4, 0.3],
  [0.6, 0.8, 0.7],
]);
const overlay = array([
  [1, 1, 1],
  [0, 0, 0],
]);

const compositor = {
  _frame: background,
  _alpha: 0.25,
  _history: [] as number[],

  get frame(): NDArray {
    return this._frame;
  },
  set frame(next: NDArray) {
    this._history.push(luminance(next));
    this._frame = next;
  },

  get alpha(): number {
    return this._alpha;
  },
  set alpha(value: number) {
    this._alpha = Math.min(1, Math.max(0, value));
  },

  get history(): readonly number[] {
    return this._history;
  },
};

const preview = mixed(compositor.frame, overlay, compositor.alpha);
console.log("preview:", preview.tolist(), "luminance", luminance(preview).toFixed(3));

// Fade the frame on screen before the overlay arrives.
const current = compositor.frame;
current.imul(1 - compositor.alpha); // expect: no-alias-mutation
console.log("faded frame:", compositor.frame.tolist());
console.log("background layer:", background.tolist());

compositor.alpha = 0.6;
const composite = blend(background, overlay, compositor.alpha);
console.log("composite:", composite.tolist());
console.log("background after blend:", background.tolist());

const boosted = composite.mul(1.4);
clampInPlace(boosted);
compositor.frame = boosted;
console.log("boosted frame:", compositor.frame.tolist());

compositor.alpha = 2;
const next = mixed(overlay, compositor.frame, compositor.alpha);
console.log("alpha clamped to", compositor.alpha, "next frame:", next.tolist());
console.log("luminance history:", compositor.history.map((v) => v.toFixed(3)).join(", "));
