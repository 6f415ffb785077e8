// Builds a convolution kernel and a padded canvas by writing views of scratch buffers whose bases are never read again, and reads read-only diagonals.
import { zeros, eye, array, NDArray } from "ndalias";

function boxKernel(size: number): NDArray {
  const k = zeros([size, size]);
  const centre = k.slice(`1:${size - 1}`, `1:${size - 1}`);
  centre.fill(1 / ((size - 2) * (size - 2)));
  return centre;
}

function padInto(img: NDArray, pad: number): NDArray {
  const canvas = zeros([img.shape[0] + 2 * pad, img.shape[1] + 2 * pad]);
  const inner = canvas.slice(`${pad}:${-pad}`, `${pad}:${-pad}`);
  inner.assign("...", img);
  return inner.copy();
}

const img = array([[1, 2], [3, 4]]);
const kernel = boxKernel(5);
const padded = padInto(img, 1);
console.log("kernel sum:", kernel.sum(), "padded interior:", padded.tolist());

const ident = eye(3);
const diag = ident.diagonal();
const rowSums = ident.sum();
console.log("trace:", diag.sum(), "total:", rowSums);

const grid = zeros([2, 3]);
const flatGrid = grid.ravel();
for (let i = 0; i < flatGrid.size; i++) flatGrid.set(i, i * i);
console.log("squares:", flatGrid.tolist());

const img2 = img.copy();
const transposed = img2.T;
transposed.imul(2);
console.log("doubled transpose:", transposed.tolist(), "original:", img.tolist());
