// Windows an audio frame: fades its head and tail in place with chained slice writes, mutes a click in a disjoint segment, and reports the body energy.
import { array, linspace, NDArray } from "ndalias";

function energy(x: NDArray): number {
  return x.mul(x).sum();
}

const frame = array([0.9, 0.7, 0.2, -0.1, 3.5, 0.05, -0.3, -0.6, -0.8, -0.95]);
const rampUp = linspace(0, 1, 3);
const rampDown = rampUp.flip();

frame.slice("0:3").imul(rampUp);
frame.slice("-3:").imul(rampDown);

const body = frame.slice("3:7");
const clickIdx = 1;
body.set(clickIdx, 0);
console.log("body energy:", energy(body), "body:", body.tolist());

const stereo = array([[0.1, 0.2, 0.3, 0.4], [0.5, 0.6, 0.7, 0.8]]);
const left = stereo.slice(0);
const right = stereo.slice(1);
left.imul(0.5);
console.log("left peak:", left.max(), "right peak:", right.max());

const spectrum = array([4, 1, 0.5, 0.25, 0.125, 0.0625]);
const low = spectrum.slice(":3");
const high = spectrum.slice("3:");
high.fill(0);
console.log("low band:", low.tolist(), "high band after cut:", high.tolist());
