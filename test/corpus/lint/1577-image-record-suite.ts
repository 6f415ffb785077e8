// Test suite for a grayscale image pipeline: fixtures return image records, tests check inversion, flattening, thresholding and histograms.
import { array, zeros, NDArray } from "ndalias";

interface ImageRecord {
  pixels: NDArray;
  label: string;
  width: number;
  height: number;
}

function makeImage(): ImageRecord {
  const pixels = array([
    [12, 200, 45],
    [90, 255, 3],
  ]);
  return { pixels, label: "fixture-2x3", width: 3, height: 2 };
}

function cloneImage(img: ImageRecord): ImageRecord {
  return { ...img, pixels: img.pixels.copy() };
}

// --- operations under test ---------------------------------------------------

function thresholded(pixels: NDArray, level: number): NDArray {
  const out = zeros(pixels.shape);
  for (let r = 0; r < pixels.shape[0]; r++) {
    for (let c = 0; c < pixels.shape[1]; c++) {
      out.set([r, c], pixels.get(r, c) >= level ? 1 : 0);
    }
  }
  return out;
}

function histogram(pixels: NDArray, bins: number): NDArray {
  const counts = zeros(bins);
  const flat = pixels.ravel();
  for (let i = 0; i < flat.size; i++) {
    const b = Math.min(bins - 1, Math.floor((flat.get(i) / 256) * bins));
    counts.set(b, counts.get(b) + 1);
  }
  return counts;
}

// --- tests ---------------------------------------------------------------------

function testInvertKeepsRecord(): boolean {
  const record = makeImage();
  const { pixels: inverted } = record;
  inverted.assign(":", inverted.mul(-1).add(255)); // expect: no-alias-mutation
  return inverted.get(0, 0) === 243 && record.pixels.get(0, 0) === 12;
}

function testInvertOnClone(): boolean {
  const record = makeImage();
  const work = cloneImage(record);
  work.pixels.assign(":", work.pixels.mul(-1).add(255));
  return work.pixels.get(0, 0) === 243 && record.pixels.get(0, 0) === 12;
}

function testFlattenForExport(): boolean {
  const record = makeImage();
  const flat = record.pixels.reshape(record.pixels.size);
  flat.set(0, 0); // expect: no-view-mutation
  return flat.get(0) === 0 && record.pixels.sum() === 605;
}

function testFlattenCopyForExport(): boolean {
  const record = makeImage();
  const exported = record.pixels.flatten();
  exported.set(0, 0);
  return exported.get(0) === 0 && exported.size === 6 && record.pixels.get(0, 0) === 12;
}

function testThreshold(): boolean {
  const record = makeImage();
  const mask = thresholded(record.pixels, 100);
  return mask.sum() === 2 && record.pixels.max() === 255;
}

function testHistogramCountsEveryPixel(): boolean {
  const record = makeImage();
  const counts = histogram(record.pixels, 4);
  return counts.sum() === record.width * record.height && counts.get(0) === 3;
}

// --- runner --------------------------------------------------------------------

const cases = {
  testInvertKeepsRecord,
  testInvertOnClone,
  testFlattenForExport,
  testFlattenCopyForExport,
  testThreshold,
  testHistogramCountsEveryPixel,
};

const failures: string[] = [];
for (const [name, fn] of Object.entries(cases)) {
  if (!fn()) failures.push(name);
}
console.log(failures.length === 0 ? "image pipeline: all tests passed" : `image pipeline failures: ${failures.join(", ")}`);
