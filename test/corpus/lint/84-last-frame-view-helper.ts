// A video buffer helper returns the newest frame as a view; an overlay step annotates that frame and the clip is then encoded.
import { zeros, NDArray } from "ndalias";

function newestFrame(clip: NDArray): NDArray {
  return clip.slice(-1);
}

function frameCentre(clip: NDArray, t: number): NDArray {
  const h = clip.shape[1];
  return clip.slice(t, Math.floor(h / 2));
}

function encode(clip: NDArray): number {
  let checksum = 0;
  for (let t = 0; t < clip.shape[0]; t++) checksum += clip.slice(t).sum() * (t + 1);
  return checksum;
}

const clip = zeros([4, 3, 3]);
for (let t = 0; t < 4; t++) clip.slice(t).fill(t * 10);

const overlay = newestFrame(clip);
overlay.assign("0, :", 255); // expect: no-view-mutation
const mid = frameCentre(clip, 0).copy();
mid.fill(128);
console.log("mid row preview:", mid.tolist());
console.log("encoded checksum:", encode(clip));
