// Pads an image for convolution with a border value, marks its centre pixel and builds a cross-shaped kernel, then prints both.
import { zeros, ones, NDArray } from "ndalias";

function pad(img: NDArray, width = 1, value: number | null = null): NDArray {
  const [h, w] = img.shape;
  const out = zeros([h + 2 * width, w + 2 * width]);
  out.slice(`${width}:${width + h}`, `${width}:${width + w}`).assign(":", img);
  if (value !== null) {
    out.slice(`:${width}`).fill(value);
    out.slice(`-${width}:`).fill(value);
    out.slice(":", `:${width}`).fill(value);
    out.slice(":", `-${width}:`).fill(value);
  }
  return out;
}

function crossKernel(size = 3, weight?: number): NDArray {
  const k = zeros([size, size]);
  const mid = Math.floor(size / 2);
  k.slice(mid).fill(1);
  k.slice(":", mid).fill(1);
  k.T.slice(mid).imul(weight ?? 1);
  k.idiv(k.sum());
  return k;
}

function describe(name: string, a: NDArray | null | undefined): string {
  if (!a) return `${name}: (none)`;
  return `${name}: shape=${a.shape.join("x")} sum=${a.sum().toFixed(3)}`;
}

const image = ones([3, 3]).mul(5);
const padded = pad(image, 1, -1);
padded.set([2, 2], 99);
padded.slice("1:-1", 1).iadd(1);

const inner = padded.slice("1:-1", "1:-1");
console.log("inner region:", inner.tolist());
console.log(describe("padded", padded));

const kernel = crossKernel(3, 2);
kernel.flip(0).slice(0).imul(0.5);
const centreRow = kernel.slice(1);
console.log(describe("kernel", kernel), "centre row:", centreRow.tolist());
console.log(describe("image", image), describe("missing", null));
