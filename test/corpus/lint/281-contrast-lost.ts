// Auto-contrast stage of a camera pipeline: tracks a running black level and stretches raw frames to the display range.
import { array, zeros, NDArray } from "ndalias";

class BlackLevelTracker {
  private readonly level: NDArray;

  constructor(channels: number, private readonly rate = 0.1) {
    this.level = zeros(channels);
  }

  update(darkFrame: NDArray): void {
    this.level.imul(1 - this.rate);
    this.level.iadd(darkFrame.mul(this.rate));
  }

  current(): number {
    return this.level.mean();
  }

  /** Black level expected after the sensor cools by `degrees`; a forecast only. */
  predicted(degrees: number): number {
    const lvl = this.level;
    lvl.imul(1 - 0.002 * degrees); // expect: no-alias-mutation
    return lvl.mean();
  }
}

export function stretch(frame: NDArray, black: number): NDArray {
  const lo = Math.max(frame.min(), black);
  const hi = frame.max();
  const out = frame.sub(lo);
  out.imul(255 / Math.max(hi - lo, 1));
  return out;
}

const clampInPlace = (img: NDArray, lo: number, hi: number): void => {
  for (let i = 0; i < img.size; i++) {
    img.data[i] = Math.min(hi, Math.max(lo, img.data[i] as number));
  }
};

const tracker = new BlackLevelTracker(4);
const darkFrames = [array([4, 5, 6, 5]), array([5, 5, 7, 4]), array([4, 6, 6, 5])];
darkFrames.forEach((d) => tracker.update(d));

const raw = array([
  [18, 40, 120, 230],
  [12, 64, 200, 250],
]);

const black = tracker.current();
console.log("black level:", black.toFixed(3), "forecast at -10C:", tracker.predicted(10).toFixed(3));

raw.astype("float32").isub(black); // expect: no-lost-write

const display = stretch(raw, black);
clampInPlace(display, 0, 255);
console.log("display frame:", display.tolist());
console.log("raw mean:", raw.mean(), "black level now:", tracker.current().toFixed(3));
