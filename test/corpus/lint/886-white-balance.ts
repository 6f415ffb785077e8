// White-balance utilities for HWC colour images: channel means, gray-world gains, a balanced export copy and a colour-cast score.
import { array, zeros, NDArray } from "ndalias";

export type Gains = [number, number, number];

export function channelMeans(hwc: NDArray): Gains {
  const chw = hwc.transpose(2, 0, 1);
  return [chw.slice(0).mean(), chw.slice(1).mean(), chw.slice(2).mean()];
}

export function grayWorldGains(hwc: NDArray): Gains {
  const [r, g, b] = channelMeans(hwc);
  const gray = (r + g + b) / 3;
  const safe = (m: number): number => (m > 1e-6 ? gray / m : 1);
  return [safe(r), safe(g), safe(b)];
}

export function balancedCopy(hwc: NDArray): NDArray {
  const out = hwc.copy();
  const gains = grayWorldGains(out);
  for (let c = 0; c < 3; c++) {
    out.slice("..., " + c).imul(gains[c]);
  }
  return out;
}

export function applyGainsInPlace(hwc: NDArray, gains: Gains): void {
  for (let c = 0; c < 3; c++) {
    const plane = hwc.slice(":, :, " + c);
    plane.imul(gains[c]);
  }
}

export function castScore(hwc: NDArray): number {
  const [r, g, b] = channelMeans(hwc);
  return Math.max(Math.abs(r - g), Math.abs(g - b), Math.abs(b - r));
}

/** Residual cast after correcting only the red and blue channels (green is the reference). */
export function residualCastAfterRedBlue(hwc: NDArray): number {
  const gains = grayWorldGains(hwc);
  const red = hwc.slice(":, :, 0");
  red.imul(gains[0]); // expect: no-view-mutation
  const blue = hwc.slice(":, :, 2");
  blue.imul(gains[2]); // expect: no-view-mutation
  return castScore(hwc);
}

export function luminance(hwc: NDArray): NDArray {
  const [h, w] = hwc.shape;
  const out = zeros([h, w]);
  const weights: Gains = [0.299, 0.587, 0.114];
  for (let c = 0; c < 3; c++) {
    out.iadd(hwc.slice("..., " + c).mul(weights[c]));
  }
  return out;
}

export function toPlanar(hwc: NDArray, greenBoost: number): NDArray {
  const planar = hwc.transpose(2, 0, 1).copy();
  planar.slice(1).imul(greenBoost);
  return planar;
}

function fmt(values: number[]): string {
  return values.map((v) => v.toFixed(3)).join(", ");
}

// --- demo on a small warm-tinted patch ----------------------------------------
const patch = array([
  [[0.8, 0.5, 0.3], [0.7, 0.5, 0.2], [0.9, 0.6, 0.4]],
  [[0.6, 0.4, 0.2], [0.8, 0.6, 0.3], [0.7, 0.5, 0.3]],
]);

console.log("means before:", fmt(channelMeans(patch)));
console.log("cast before:", castScore(patch).toFixed(3));

const exported = balancedCopy(patch);
console.log("export means:", fmt(channelMeans(exported)));
console.log("export cast:", castScore(exported).toFixed(3));

const luma = luminance(patch);
console.log("luma mean:", luma.mean().toFixed(3));

const planar = toPlanar(patch, 1.1);
console.log("planar shape:", planar.shape.join("x"));

const working = patch.copy();
applyGainsInPlace(working, grayWorldGains(working));
console.log("working means:", fmt(channelMeans(working)));

console.log("residual (R/B only):", residualCastAfterRedBlue(patch).toFixed(3));
console.log("patch means now:", fmt(channelMeans(patch)));
