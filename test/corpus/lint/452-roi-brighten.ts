// Brightens a region of interest of a grayscale frame, makes a half-resolution thumbnail, and prints frame statistics.
// runnable
import { array, NDArray } from "ndalias";

function crop(img: NDArray, rows: string, copy: true): NDArray;
function crop(img: NDArray, rows: string, copy?: boolean): NDArray;
function crop(img: NDArray, rows: string, copy = false): NDArray {
  const region = img.slice(rows);
  return copy ? region.copy() : region;
}

type Stats = { mean: number; min: number; max: number };

function stats(img: NDArray | null): Stats | null {
  if (img === null) return null;
  return { mean: img.mean(), min: img.min(), max: img.max() };
}

function parseGain(arg: string | undefined, fallback = 1.5): number {
  const g = arg === undefined ? NaN : Number(arg);
  return Number.isFinite(g) && g > 0 ? g : fallback;
}

function contrast(img: NDArray): number {
  const s = stats(img);
  return s ? s.max - s.min : 0;
}

const frame = array([
  [10, 12, 11, 10],
  [12, 40, 42, 11],
  [11, 41, 44, 12],
  [10, 11, 12, 10],
]);

const thumb = crop(frame, "::2", true);
thumb.imul(0.5);
console.log("thumbnail rows:", thumb.tolist());

const header = crop(frame, ":1");
console.log("header row mean:", header.mean(), "contrast:", contrast(frame));

const before = stats(frame);
const roi = frame.slice("1:3", "1:3");
const gain: number | null = parseGain(process.argv[2]);
roi.imul(gain); // expect: no-view-mutation
console.log("roi mean:", roi.mean());
console.log("frame before:", before);
console.log("frame after:", stats(frame));
