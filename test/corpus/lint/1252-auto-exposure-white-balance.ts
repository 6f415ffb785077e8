// Camera ISP loop: grey-world white balance per frame, a luminance history for auto-exposure and a gain decision per frame.
// runnable
import { zeros, NDArray } from "ndalias";

function synthRgb(h: number, w: number, t: number): NDArray {
  const img = zeros([h, w, 3]);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const base = 40 + 10 * t + 3 * x + 2 * y;
      img.set([y, x, 0], base * 1.3);
      img.set([y, x, 1], base);
      img.set([y, x, 2], base * 0.7);
    }
  }
  return img;
}

function greyWorldGains(img: NDArray): number[] {
  const means = [0, 1, 2].map((c) => img.slice("...", c).mean());
  const grey = (means[0] + means[1] + means[2]) / 3;
  return means.map((m) => (m > 0 ? grey / m : 1));
}

/** Scales each colour plane of the frame by its gain, in place. */
function applyWhiteBalance(img: NDArray, gains: number[]): void {
  for (let c = 0; c < 3; c++) {
    const plane = img.take([c], 2);
    plane.imul(gains[c]); // expect: no-lost-write
  }
}

/** Applies a display gamma to the frame, in place. */
function applyGamma(img: NDArray, gamma: number): void {
  const peak = img.max() || 1;
  img.idiv(peak);
  for (let i = 0; i < img.size; i++) {
    img.data[i] = Math.pow(img.data[i] as number, gamma);
  }
  img.imul(peak);
}

function luminance(img: NDArray): number {
  return 0.299 * img.slice("...", 0).mean() + 0.587 * img.slice("...", 1).mean() + 0.114 * img.slice("...", 2).mean();
}

class AutoExposure {
  private readonly history: NDArray;
  private count = 0;

  constructor(window: number, private readonly target: number) {
    this.history = zeros(window);
  }

  /** Records the frame's luminance and returns the smoothed luminance. */
  record(frame: NDArray): number {
    const ring = this.history;
    ring.set(this.count % ring.size, luminance(frame)); // expect: no-alias-mutation
    this.count++;
    const filled = Math.min(this.count, ring.size);
    return ring.slice(`:${filled}`).mean();
  }

  gain(smoothed: number): number {
    return Math.min(4, Math.max(0.25, this.target / smoothed));
  }

  trend(): number {
    const filled = Math.min(this.count, this.history.size);
    if (filled < 2) return 0;
    const recent = this.history.slice(`:${filled}`);
    return recent.max() - recent.min();
  }

  reset(): void {
    this.history.fill(0);
    this.count = 0;
  }
}

const ae = new AutoExposure(4, 110);
let exposureGain = 1;

for (let t = 0; t < 5; t++) {
  const frame = synthRgb(4, 6, t);
  frame.imul(exposureGain);
  const gains = greyWorldGains(frame);
  applyWhiteBalance(frame, gains);
  applyGamma(frame, 0.9);
  const smoothed = ae.record(frame);
  exposureGain = ae.gain(smoothed);
  const balance = greyWorldGains(frame).map((g) => g.toFixed(2)).join("/");
  console.log(`frame ${t}: luma=${smoothed.toFixed(1)} next gain=${exposureGain.toFixed(2)} balance=${balance}`);
}

console.log("luminance trend:", ae.trend().toFixed(2));
ae.reset();
console.log("after reset:", ae.trend());
