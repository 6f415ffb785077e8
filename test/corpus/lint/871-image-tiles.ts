// Splits a 4x4 grayscale image into 2x2 tiles, brightens two tiles for a preview and prints tile, column and image statistics.
import { array, NDArray } from "ndalias";

// mean brightness of one tile
function tileMean(tile: NDArray): number {
  return tile.mean();
}

// prints min / max / mean of an array with a label
function describe(label: string, arr: NDArray): void {
  console.log(label, "min", arr.min(), "max", arr.max(), "mean", arr.mean());
}

const image = array([
  [10, 20, 30, 40],
  [50, 60, 70, 80],
  [90, 100, 110, 120],
  [130, 140, 150, 160],
]);

// brightness factor for the preview tiles
const boost = 1.5;
const maxValue = 255;

// --- top left tile: copy it so the original image is not touched
const topLeft = image.slice("0:2, 0:2").copy();
topLeft.imul(boost);
for (let i = 0; i < 2; i++) {
  for (let j = 0; j < 2; j++) {
    if (topLeft.get(i, j) > maxValue) {
      topLeft.set([i, j], maxValue);
    }
  }
}
describe("top left preview", topLeft);

// --- top right tile: same as above
const topRight = image.slice("0:2, 2:4");
topRight.imul(boost); // expect: no-view-mutation
for (let i = 0; i < 2; i++) {
  for (let j = 0; j < 2; j++) {
    if (topRight.get(i, j) > maxValue) {
      topRight.set([i, j], maxValue); // expect: no-view-mutation
    }
  }
}
describe("top right preview", topRight);

// --- bottom tiles: we only need their means, nothing is changed here
const bottomLeft = image.slice("2:4, 0:2");
const bottomRight = image.slice("2:4, 2:4");
const bottomMeans = [tileMean(bottomLeft), tileMean(bottomRight)];
console.log("bottom tile means:", bottomMeans);

// overall statistics of the ORIGINAL image (the previews were made on copies)
describe("image", image);

// column sums through the transposed view (rows of T are the columns)
const columns = image.T;
const colSums: number[] = [];
for (let c = 0; c < 4; c++) {
  colSums.push(columns.slice(c).sum());
}
console.log("column sums:", colSums);

// mark the image as processed by stamping the corner pixel
image.set([0, 0], 0); // expect: no-view-mutation

// log the columns once more for the audit file
console.log("columns after stamp:", columns.tolist());
