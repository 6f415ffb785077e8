// Crops and masks an image: an overlay view is taken for the HUD, then the top scanline is blanked with the slice-assign idiom and the HUD is composited.
import { array, NDArray } from "ndalias";

function luminance(img: NDArray): number {
  return img.mean();
}

function composite(layer: NDArray, alpha: number): number[] {
  const flat = layer.flatten();
  flat.imul(alpha);
  return flat.tolist() as number[];
}

const image = array([
  [0.9, 0.8, 0.7, 0.6],
  [0.5, 0.4, 0.3, 0.2],
  [0.1, 0.2, 0.3, 0.4],
]);

image.slice("2").fill(0.25);
console.log("luminance after bottom reset:", luminance(image).toFixed(3));

const hud = image.slice("0:2", "0:2");
image.slice("0").fill(0); // expect: no-view-mutation
console.log("hud:", composite(hud, 0.5));

const thumb = image.slice("::2", "::2");
const inverted = thumb.mul(-1).add(1);
inverted.set([0, 0], 1);
console.log("thumb:", inverted.tolist(), "image:", luminance(image).toFixed(3));
