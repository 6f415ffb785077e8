// Splits an interleaved stereo buffer into left and right channels, attenuates the left channel and prints both levels.
import { array } from "ndalias";

const stereo = array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]);
const left = stereo.slice("::2");
const right = stereo.slice("1::2");
left.imul(0.5);
console.log("left level:", left.max(), "right level:", right.max());
