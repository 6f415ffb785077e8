// Processes a planar stereo frame whose left and right channels are the two halves of one buffer, each channel on its own.
import { array, zeros, NDArray } from "ndalias";

function rms(x: NDArray): number {
  return Math.sqrt(x.mul(x).mean());
}

function peak(x: NDArray): number {
  return Math.max(x.max(), -x.min());
}

// One decoded frame: samples 0..7 are the left channel, 8..15 the right channel.
const frame = array([
  0.10, 0.42, 0.81, 0.55, -0.12, -0.64, -0.93, -0.40,
  0.35, 0.38, 0.41, 0.37, 0.33, 0.36, 0.40, 0.39,
]);
const left = frame.slice(":8");
const right = frame.slice("8:");

// Right channel carries a DC offset from a faulty preamp: remove it and halve the gain.
right.isub(right.mean());
right.imul(0.5);

// The left channel is untouched by that, so its level can be measured now.
const leftPeak = peak(left);
const leftLevel = rms(left);
console.log(`left: peak ${leftPeak.toFixed(2)}, rms ${leftLevel.toFixed(3)}`);

// Soft-limit the left channel, then compare against the corrected right channel.
if (leftPeak > 0.8) {
  left.imul(0.8 / leftPeak);
}
const balance = rms(left) / Math.max(rms(right), 1e-9);
console.log(`channel balance L/R: ${balance.toFixed(2)}`);

// Mid/side matrix on a separate 2 x 8 block: row 0 mid, row 1 side.
const midSide = zeros([2, 8]);
const mid = midSide.slice(0);
const side = midSide.slice(1);
mid.assign(":", left.add(right).mul(0.5));
side.assign(":", left.sub(right).mul(0.5));
console.log("mid energy:", rms(mid).toFixed(3), "side energy:", rms(side).toFixed(3));
side.imul(1.5); // widen the stereo image
console.log("mid:", mid.tolist());
console.log("wider side:", side.tolist());

console.log("left out:", left.tolist());
console.log("right out:", right.tolist());
