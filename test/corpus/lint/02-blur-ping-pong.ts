// Smooths a grayscale image with repeated 3-tap horizontal box blurs, ping-ponging between two buffers.
import { array, zeros, NDArray } from "ndalias";

function blurPasses(image: NDArray, passes: number): NDArray {
  let src: NDArray = image.copy();
  let dst: NDArray = zeros(image.shape);
  const [h, w] = image.shape;
  for (let p = 0; p < passes; p++) {
    for (let r = 0; r < h; r++) {
      for (let c = 0; c < w; c++) {
        const left = src.get(r, Math.max(0, c - 1));
        const mid = src.get(r, c);
        const right = src.get(r, Math.min(w - 1, c + 1));
        dst.set([r, c], (left + mid + right) / 3);
      }
    }
    [src, dst] = [dst, src];
  }
  return src;
}

const img = array([[0, 0, 255, 0], [0, 255, 255, 0], [0, 0, 255, 0]]);
const soft = blurPasses(img, 3);
console.log("blurred:", soft.tolist());
console.log("original max:", img.max());
