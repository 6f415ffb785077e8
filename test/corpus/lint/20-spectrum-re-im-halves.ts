// Stores the real and imaginary parts of a spectrum in two halves of one buffer, conjugates it and prints the magnitudes.
import { zeros } from "ndalias";

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
