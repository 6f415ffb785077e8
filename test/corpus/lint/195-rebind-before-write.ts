// Frame smoothing and a two-buffer diffusion solver: aliases are rebound to fresh arrays before any write, loop variables get new arrays each pass, and buffers are swapped with destructuring.
import { array, zeros, NDArray } from "ndalias";

const raw = array([4, 8, 15, 16, 23, 42]);
let work = raw;
console.log("raw peak:", work.max());
work = work.copy();
work.isub(work.mean());
console.log("centred:", work.tolist(), "raw still:", raw.tolist());

const frames = [array([1, 2, 3]), array([2, 2, 2]), array([9, 0, 3])];
let smoothed = frames[0];
for (let i = 1; i < frames.length; i++) {
  smoothed = smoothed.mul(0.7).add(frames[i].mul(0.3));
  smoothed.idiv(smoothed.max());
}
console.log("smoothed:", smoothed.tolist(), "first frame:", frames[0].tolist());

let cur = zeros(6);
let nxt = zeros(6);
cur.set(0, 1);
for (let t = 0; t < 20; t++) {
  for (let i = 1; i < 5; i++) {
    nxt.set(i, cur.get(i) + 0.25 * (cur.get(i - 1) - 2 * cur.get(i) + cur.get(i + 1)));
  }
  nxt.set(0, 1);
  nxt.set(5, 0);
  [cur, nxt] = [nxt, cur];
}
console.log("diffused profile:", cur.tolist());

function preparePreview(img: NDArray, annotate: boolean): NDArray {
  let out: NDArray;
  if (annotate) {
    out = img.copy();
    out.slice(0).fill(255);
  } else {
    out = img.slice("1:");
  }
  return out;
}

const photo = array([[10, 20], [30, 40], [50, 60]]);
console.log("annotated:", preparePreview(photo, true).tolist());
console.log("cropped:", preparePreview(photo, false).tolist(), "photo:", photo.tolist());

let best = frames[2];
let bestScore = best.sum();
for (const candidate of frames) {
  if (candidate.sum() > bestScore) {
    best = candidate;
    bestScore = candidate.sum();
  }
}
best = best.sub(best.mean());
best.imul(2);
console.log("best centred x2:", best.tolist(), "frames:", frames.map((f) => f.tolist()));
