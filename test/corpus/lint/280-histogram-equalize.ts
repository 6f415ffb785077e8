// Equalises the histogram of an 8-bit grayscale image in place and prints the lookup table and the image before and after.
import { array, zeros, NDArray } from "ndalias";

function histogram(img: NDArray, bins = 256): NDArray {
  const flat = img.ravel();
  const counts = zeros(bins);
  for (let i = 0; i < flat.size; i++) {
    const v = flat.get(i);
    counts.set(v, counts.get(v) + 1);
  }
  return counts;
}

function cumulative(h: NDArray): NDArray {
  const cdf = h.copy();
  for (let i = 1; i < cdf.size; i++) {
    cdf.set(i, cdf.get(i) + cdf.get(i - 1));
  }
  return cdf;
}

const firstNonZero = (cdf: NDArray): number => {
  for (let i = 0; i < cdf.size; i++) {
    if (cdf.get(i) > 0) return cdf.get(i);
  }
  return 0;
};

export function equalize(img: NDArray): { lut: NDArray; out: NDArray } {
  const cdf = cumulative(histogram(img));
  const cdfMin = firstNonZero(cdf);
  const lut = cdf.sub(cdfMin);
  lut.imul(255 / Math.max(img.size - cdfMin, 1));
  const out = img.copy();
  for (let i = 0; i < out.size; i++) {
    out.data[i] = Math.max(0, Math.round(lut.get(out.data[i] as number)));
  }
  return { lut, out };
}

const describe = (label: string, img: NDArray): string =>
  `${label}: min=${img.min()} max=${img.max()} mean=${img.mean().toFixed(1)}`;

const image = array(
  [
    [52, 55, 61, 59],
    [79, 61, 76, 61],
    [62, 59, 55, 104],
    [94, 85, 59, 71],
  ],
  "uint8",
);

const topRow = image.slice(0);
const rightColumn = image.slice(":, -1");
console.log("top row before:", topRow.tolist(), "right column max:", rightColumn.max());
console.log(describe("before", image));

const { lut, out } = equalize(image);
const used = [...new Set(image.ravel().tolist() as number[])].sort((a, b) => a - b);
console.log("lookup:", used.map((v) => `${v}->${Math.round(lut.get(v))}`).join(" "));

image.assign(":", out);

const centre = image.slice("1:3, 1:3");
console.log(describe("after", image));
console.log("centre after:", centre.tolist());
