// Convolves an image with kernels looked up by name, using disposable scratch buffers, and prints each filtered image.
import { array, ones, zeros, NDArray } from "ndalias";

const kernels = new Map<string, NDArray>([
  ["box", ones([3, 3]).div(9)],
  ["sharpen", array([[0, -1, 0], [-1, 5, -1], [0, -1, 0]])],
  ["edge", array([[-1, -1, -1], [-1, 8, -1], [-1, -1, -1]])],
]);

function convolveValid(img: NDArray, k: NDArray): NDArray {
  const [h = 0, w = 0] = img.shape;
  const out = zeros([h - 2, w - 2]);
  for (let i = 0; i < h - 2; i++) {
    for (let j = 0; j < w - 2; j++) {
      using patch = img.slice(`${i}:${i + 3}, ${j}:${j + 3}`).mul(k);
      out.set([i, j], patch.sum());
    }
  }
  return out;
}

function normalizedKernel(name: string): NDArray | undefined {
  const k = kernels.get(name)?.copy();
  if (!k) return undefined;
  const s = k.sum();
  if (s !== 0) k.idiv(s);
  return k;
}

export function filterByName(img: NDArray, name: string, fallback = "box"): NDArray {
  const k = normalizedKernel(name) ?? kernels.get(fallback);
  if (!k) throw new Error(`no kernel named ${name} or ${fallback}`);
  const [h = 0, w = 0] = img.shape;
  const padded = zeros([h + 2, w + 2]);
  try {
    padded.assign("1:-1, 1:-1", img);
    padded.slice(0).assign(":", padded.slice(1));
    padded.slice(-1).assign(":", padded.slice(-2));
    return convolveValid(padded, k);
  } finally {
    padded.dispose();
  }
}

const image = array([
  [10, 10, 10, 10, 10],
  [10, 50, 50, 50, 10],
  [10, 50, 90, 50, 10],
  [10, 50, 50, 50, 10],
  [10, 10, 10, 10, 10],
]);

const names = ["box", "sharpen", "edge", "emboss"];
const results = names.map((name) => [name, filterByName(image, name)] as const);
for (const [name, out] of results) {
  console.log(`${name}: centre=${out.get(2, 2).toFixed(2)} sum=${out.sum().toFixed(2)}`);
}

const strongest = results.reduce((best, cur) => (cur[1].max() > best[1].max() ? cur : best));
console.log("strongest response:", strongest[0], strongest[1].tolist());
console.log("image unchanged:", image.sum());
