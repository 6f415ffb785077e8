// Shrinks a covariance matrix while tracking its diagonal, then fades in the first of two half-overlapping audio frames.
import { array } from "ndalias";

const cov = array([[4.0, 1.2, 0.6], [1.2, 9.0, 2.1], [0.6, 2.1, 1.0]]);
const variances = cov.diagonal();
console.log("variances before:", variances.tolist());

const shrink = 0.3;
cov.imul(1 - shrink); // expect: no-view-mutation
console.log("variances after:", variances.tolist());
console.log("shrunk covariance:", cov.tolist());

const audio = array([0.1, 0.5, -0.2, 0.8, -0.6, 0.3, 0.0, -0.1]);
const frame0 = audio.slice("0:4");
const frame1 = audio.slice("2:6");
for (let i = 0; i < frame0.size; i++) {
  frame0.set(i, frame0.get(i) * (i / frame0.size)); // expect: no-view-mutation
}
console.log("frame 0:", frame0.tolist());
console.log("frame 1 energy:", frame1.mul(frame1).sum());
