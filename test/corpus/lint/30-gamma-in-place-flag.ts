// Applies gamma correction to a photo either in place or into a copy, depending on a flag, and prints both versions.
import { array, NDArray } from "ndalias";

const photo = array([[0.1, 0.5], [0.9, 0.25]]);
const inPlace = process.argv.includes("--in-place");
let corrected: NDArray;
if (inPlace) {
  corrected = photo;
} else {
  corrected = photo.copy();
}
for (let i = 0; i < corrected.size; i++) {
  corrected.data[i] = Math.pow(corrected.data[i] as number, 1 / 2.2); // expect: no-alias-mutation
}
console.log("corrected:", corrected.tolist());
console.log("original:", photo.tolist());
