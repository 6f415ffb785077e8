// Equalises the histogram of a small 8-level image, compares contrast before and after, and keeps the original for display.
import { array, zeros, NDArray } from "ndalias";

const LEVELS = 8;

function histogram(x: NDArray, bins: number): NDArray {
  const h = zeros(bins);
  const flat = x.ravel();
  for (let i = 0; i < flat.size; i++) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(flat.get(i))));
    h.set(b, h.get(b) + 1);
  }
  return h;
}

function cdf(h: NDArray): NDArray {
  const c = h.astype("float64");
  for (let i = 1; i < c.size; i++) c.set(i, c.get(i) + c.get(i - 1));
  c.idiv(c.get(c.size - 1));
  return c;
}

function contrast(x: NDArray): number {
  const mu = x.mean();
  const d = x.sub(mu);
  return Math.sqrt(d.mul(d).mean());
}

function dynamicRange(x: NDArray): readonly [number, number] {
  return [x.min(), x.max()] as const;
}

function equalise(img: NDArray): NDArray {
  const flat = img.flatten();
  const map = cdf(histogram(flat, LEVELS));
  for (let i = 0; i < flat.size; i++) {
    flat.set(i, Math.round(map.get(flat.get(i)) * (LEVELS - 1)));
  }
  const out = flat.reshape(...img.shape);
  return out;
}

function stretch(img: NDArray): NDArray {
  const [lo, hi] = dynamicRange(img);
  if (hi === lo) return img.copy();
  const out = img.sub(lo);
  out.imul((LEVELS - 1) / (hi - lo));
  return out;
}

function renderRow(row: NDArray): string {
  const glyphs = " .:-=+*#";
  let s = "";
  for (let i = 0; i < row.size; i++) s += glyphs[Math.max(0, Math.min(LEVELS - 1, Math.round(row.get(i))))];
  return s;
}

function render(img: NDArray): string[] {
  const lines: string[] = [];
  for (let r = 0; r < img.shape[0]; r++) lines.push(renderRow(img.slice(r)));
  return lines;
}

const image = array([
  [2, 2, 3, 3, 3, 2],
  [2, 3, 3, 4, 3, 2],
  [3, 3, 4, 4, 4, 3],
  [2, 3, 4, 4, 3, 2],
]);

const before = histogram(image, LEVELS);
const equalised = equalise(image);
const stretched = stretch(image);
stretched.set([0, 0], 0);

console.log("histogram before:", before.tolist());
console.log("histogram after: ", histogram(equalised, LEVELS).tolist());
console.log("contrast:", contrast(image).toFixed(3), "->", contrast(equalised).toFixed(3), "/", contrast(stretched).toFixed(3));
console.log("range before:", dynamicRange(image), "after:", dynamicRange(equalised));

for (const line of render(equalised)) console.log(`|${line}|`);

const highlight = equalised.copy();
highlight.slice(0).fill(LEVELS - 1);
const firstRow = highlight.slice(0);
console.log("highlighted first row:", firstRow.tolist(), "contrast:", contrast(highlight).toFixed(3));

console.log("original image kept for display:");
for (const line of render(image)) console.log(`|${line}|`);
