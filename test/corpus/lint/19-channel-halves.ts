// Attenuates the left channel of an interleaved stereo buffer and conjugates the imaginary half of a packed spectrum.
import { array, zeros } from "ndalias";

const stereo = array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]);
const left = stereo.slice("::2");
const right = stereo.slice("1::2");
left.imul(0.5);
console.log("left level:", left.max(), "right level:", right.max());

const spectrum = zeros(8);
const re = spectrum.slice("0:4");
const im = spectrum.slice("4:8");
for (let k = 0; k < 4; k++) {
  re.set(k, Math.cos((2 * Math.PI * k) / 4));
  im.set(k, Math.sin((2 * Math.PI * k) / 4));
}
im.imul(-1);
const mags: number[] = [];
for (let k = 0; k < 4; k++) mags.push(Math.hypot(re.get(k), im.get(k)));
console.log("magnitudes:", mags, "conjugate imaginary part:", im.tolist());
