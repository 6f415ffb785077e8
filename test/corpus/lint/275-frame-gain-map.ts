// Applies exposure gain to a burst of camera frames, builds a normalised preview and prints per-frame brightness statistics.
import { array, NDArray } from "ndalias";

type Frame = NDArray;

interface ExposureStats {
  min: number;
  max: number;
  spread: number;
}

const burst: Frame[] = [
  array([[12, 40, 80], [33, 90, 150]]),
  array([[10, 38, 77], [30, 95, 160]]),
  array([[14, 45, 85], [35, 88, 140]]),
];

const meanOf = (f: Frame): number => f.mean();

function exposureStats(frames: readonly Frame[]): ExposureStats {
  const means = frames.map(meanOf);
  const min = Math.min(...means);
  const max = Math.max(...means);
  return { min, max, spread: max - min };
}

export function applyGain(frames: readonly Frame[], gain: number): Frame[] {
  return frames.map((f) => f.mul(gain));
}

export function applyGainFast(frames: readonly Frame[], gain: number): Frame[] {
  return frames.map((f) => f.imul(gain)); // expect: no-alias-mutation
}

function normalizePreview(img: Frame): Frame {
  const peak = img.max() || 1;
  img.idiv(peak); // expect: no-alias-mutation
  return img;
}

function toPercent(img: Frame): Frame {
  const scaled = img.div(img.max() || 1);
  scaled.imul(100);
  return scaled;
}

const brightest = (frames: readonly Frame[]): Frame | undefined =>
  frames.reduce<Frame | undefined>((best, f) => (best === undefined || f.mean() > best.mean() ? f : best), undefined);

const before = exposureStats(burst);
const boosted = applyGain(burst, 1.5);
console.log("before:", before, "boosted:", exposureStats(boosted));

const fast = applyGainFast(burst, 1.25);
console.log("fast path:", exposureStats(fast));

const preview = normalizePreview(burst[0]);
console.log("preview:", preview.tolist());
console.log("percent of frame 2:", toPercent(burst[1]).tolist());
console.log("brightest mean:", brightest(burst)?.mean() ?? 0);
console.log("burst means:", burst.map(meanOf));
