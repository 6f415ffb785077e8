// Builds a half-resolution thumbnail of an image, darkens it for an overlay and reports the image's mean brightness.
import { array } from "ndalias";

const image = array([
  [10, 20, 30, 40],
  [50, 60, 70, 80],
  [90, 100, 110, 120],
  [130, 140, 150, 160],
]);
const thumb = image.slice("::2, ::2");
thumb.imul(0.5); // expect: no-view-mutation
console.log("thumbnail:", thumb.tolist());
console.log("mean brightness:", image.mean());
