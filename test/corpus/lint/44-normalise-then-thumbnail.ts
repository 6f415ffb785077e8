// Normalises an image to [0, 1] in place, then builds a half-resolution thumbnail view and reports both brightnesses.
import { array } from "ndalias";

const image = array([
  [10, 20, 30, 40],
  [50, 60, 70, 80],
  [90, 100, 110, 120],
  [130, 140, 150, 160],
]);
const peak = image.max();
image.idiv(peak);
image.set([0, 0], 0);

const thumb = image.slice("::2, ::2");
console.log("thumbnail:", thumb.tolist(), "thumbnail brightness:", thumb.mean());
console.log("mean brightness:", image.mean());
