// Frames an audio signal into half-overlapping windows, fades in the first frame and prints the second frame's energy.
import { array } from "ndalias";

const audio = array([0.1, 0.5, -0.2, 0.8, -0.6, 0.3, 0.0, -0.1]);
const frame0 = audio.slice("0:4");
const frame1 = audio.slice("2:6");
for (let i = 0; i < frame0.size; i++) {
  frame0.set(i, frame0.get(i) * (i / frame0.size)); // expect: no-view-mutation
}
console.log("frame 0:", frame0.tolist());
console.log("frame 1 energy:", frame1.mul(frame1).sum());
