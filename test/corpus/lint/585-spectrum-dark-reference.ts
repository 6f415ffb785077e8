// Picks a dark-frame reference for a spectrometer read-out, scales it to the exposure and subtracts it from the raw counts.
// runnable
import { array, NDArray } from "ndalias";

interface Calibration {
  reference: NDArray;
  exposureRatio: number;
  label: string;
}

const darkFrame = array([102, 98, 101, 99, 100, 103]);
const biasFrame = array([100, 100, 100, 100, 100, 100]);
const rawCounts = array([350, 420, 980, 610, 240, 330]);

function describe(name: string, values: NDArray): string {
  return `${name}: mean=${values.mean().toFixed(1)} range=[${values.min()}, ${values.max()}]`;
}

const darkIsUsable = darkFrame.min() > 0 && darkFrame.max() < 200;
const calibration: Calibration = {
  reference: darkIsUsable ? darkFrame : biasFrame,
  exposureRatio: 0.5,
  label: darkIsUsable ? "dark" : "bias",
};

console.log(describe("dark frame", darkFrame));
console.log(describe("bias frame", biasFrame));

const { reference, exposureRatio, label } = calibration;
reference.imul(exposureRatio); // expect: no-alias-mutation

const corrected = rawCounts.sub(reference);
for (let i = 0; i < corrected.size; i++) {
  if (corrected.get(i) < 0) corrected.set(i, 0);
}

const hotPixels: number[] = [];
for (let i = 0; i < darkFrame.size; i++) {
  if (darkFrame.get(i) > 1.02 * darkFrame.mean()) hotPixels.push(i);
}

console.log(`reference (${label}, x${exposureRatio}):`, reference.tolist());
console.log("corrected counts:", corrected.tolist());
console.log("hot pixels in the dark frame:", hotPixels);
