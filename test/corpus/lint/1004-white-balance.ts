// White-balances a small RGB frame with optional user gains and exposure, then prints channel statistics side by side.
import { array, zeros, NDArray } from "ndalias";

const DEFAULT_GAINS = array([1.0, 1.0, 1.0]);
const DEAD_PIXEL: [number, number] = [1, 2];

function orDefault(x: NDArray | undefined, fallback: NDArray): NDArray {
  return x !== undefined ? x : fallback;
}

function channelMeans(img: NDArray): NDArray {
  const means = zeros(3);
  for (let c = 0; c < 3; c++) {
    means.set(c, img.slice("...", c).mean());
  }
  return means;
}

function grayWorldGains(img: NDArray): NDArray {
  const means = channelMeans(img);
  const gains = zeros(3).add(means.mean());
  gains.idiv(means);
  return gains;
}

/** Multiplies each colour channel of an image by its gain, in place. */
function applyGains(img: NDArray, gains: NDArray): void {
  for (let c = 0; c < 3; c++) {
    img.slice("...", c).imul(gains.get(c));
  }
}

function clipped(img: NDArray): NDArray {
  const out = img.copy();
  for (let i = 0; i < out.size; i++) {
    const v = out.data[i] as number;
    out.data[i] = v < 0 ? 0 : v > 1 ? 1 : v;
  }
  return out;
}

function formatMeans(img: NDArray): string {
  return (channelMeans(img).tolist() as number[]).map((v) => v.toFixed(3)).join(" / ");
}

// 2 x 3 pixels, RGB in [0, 1]
const frame = array([
  [
    [0.42, 0.38, 0.2],
    [0.5, 0.45, 0.25],
    [0.61, 0.52, 0.33],
  ],
  [
    [0.35, 0.3, 0.18],
    [0.47, 0.41, 0.22],
    [0.99, 0.97, 0.95],
  ],
]);

// Inspect the raw frame through views before anything is processed.
const red = frame.slice("...", 0);
const topRow = frame.slice(0);
console.log("raw red mean:", red.mean().toFixed(3), "top row:", topRow.tolist());

// Neutral reference gains at half strength, on a copy of the defaults.
const halfNeutral = DEFAULT_GAINS.copy();
halfNeutral.imul(0.5);
console.log("half-strength neutral gains:", halfNeutral.tolist());

const userGains = process.argv.includes("--tungsten") ? array([0.8, 1.0, 1.4]) : undefined;
const exposure = process.argv.includes("--bright") ? 1.4 : 1.2;
const gains = orDefault(userGains, DEFAULT_GAINS);
gains.imul(exposure); // expect: no-alias-mutation

const balanced = frame.copy();
applyGains(balanced, gains);
const autoGains = grayWorldGains(balanced);
applyGains(balanced, autoGains);
const output = clipped(balanced);

// The sensor has a known dead pixel: zero it in the raw frame for the reference rendering.
frame.slice(DEAD_PIXEL[0], DEAD_PIXEL[1]).fill(0);

// Side-by-side reference with neutral gains, rendered from a fresh copy of the raw frame.
const reference = frame.copy();
applyGains(reference, DEFAULT_GAINS);
const referenceOut = clipped(reference);

// Names made after every write.
const outputGreen = output.slice("...", 1);
const stats = zeros([2, 3]);
stats.assign(0, channelMeans(output));
stats.assign(1, channelMeans(referenceOut));

console.log("applied gains:", (gains.tolist() as number[]).map((v) => v.toFixed(2)));
console.log("auto gains:", (autoGains.tolist() as number[]).map((v) => v.toFixed(3)));
console.log("balanced means:", formatMeans(output), "reference means:", formatMeans(referenceOut));
console.log("green channel of the output:", outputGreen.tolist());
console.log("stats table:", stats.tolist());
