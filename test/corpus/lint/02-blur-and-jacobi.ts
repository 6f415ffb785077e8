// Blurs an image by ping-ponging between two buffers, and solves a small linear system with damped Jacobi iterations.
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

const A = array([[4, 1], [2, 3]]);
const b = array([1, 2]);
let x: NDArray = b;
for (let it = 0; it < 25; it++) {
  const next = zeros(2);
  for (let i = 0; i < 2; i++) {
    let s: number = b.get(i);
    for (let j = 0; j < 2; j++) if (j !== i) s -= A.get(i, j) * x.get(j);
    next.set(i, s / A.get(i, i));
  }
  x = x.mul(0.5);
  x.iadd(next.mul(0.5));
}
console.log("solution:", x.tolist(), "rhs:", b.tolist());
