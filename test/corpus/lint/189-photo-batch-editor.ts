// Photo batch editor: sky and face crops are taken as views for a contact sheet before an exposure boost, levels run on a copy through a void helper, and the sky is "dimmed" through take().
// runnable
import { arange, zeros, NDArray } from "ndalias";

function autoLevels(img: NDArray): void {
  const lo = img.min();
  const span = img.max() - lo || 1;
  img.isub(lo);
  img.imul(255 / span);
}

function histogram(img: NDArray, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < img.shape[0]; i++) {
    for (let j = 0; j < img.shape[1]; j++) {
      const b = Math.min(bins - 1, Math.floor((img.get(i, j) / 256) * bins));
      counts[b]++;
    }
  }
  return counts;
}

function watermark(img: NDArray): NDArray {
  const marked = img.copy();
  marked.slice("-1:", "-3:").fill(255);
  return marked;
}

const photo = arange(64).reshape(8, 8).mul(2).add(20);
const sky = photo.slice("0:2");
const face = photo.slice("2:6", "2:6");
console.log("sky mean:", sky.mean().toFixed(1), "face mean:", face.mean().toFixed(1));

photo.imul(1.5); // expect: no-view-mutation
const sheet = zeros([4, 8]);
sheet.slice(":", "0:4").assign(":", face);
sheet.slice(":", "4:8").assign(":", photo.slice("0:4", "4:8"));
console.log("contact sheet row 0:", sheet.slice(0).tolist());

const levelled = photo.copy();
autoLevels(levelled);
console.log("histogram after levels:", histogram(levelled, 4));

const dimmed = photo.take([0, 1], 0);
dimmed.imul(0.6); // expect: no-lost-write
console.log("sky row mean after dimming:", photo.slice(0).mean().toFixed(1));

const marked = watermark(photo);
console.log("watermark corner:", marked.get(7, 7), "original corner:", photo.get(7, 7));
