// Reprojects land-cover and confidence bands onto the output grid when their CRS differs, fills nodata for display, and prints class statistics.
// runnable
import { array, zeros, NDArray } from "ndalias";

const NODATA = 255;
const CLASSES = ["water", "forest", "crop", "urban"];

interface Band {
  name: string;
  crs: string;
  pixels: NDArray;
}

function reprojectNearest(src: NDArray, rowMap: number[], colMap: number[]): NDArray {
  const out = zeros([rowMap.length, colMap.length], src.dtype);
  out.fill(NODATA);
  for (let i = 0; i < rowMap.length; i++) {
    for (let j = 0; j < colMap.length; j++) {
      const r = rowMap[i];
      const c = colMap[j];
      if (r >= 0 && c >= 0) out.set([i, j], src.get(r, c));
    }
  }
  return out;
}

function classCounts(raster: NDArray): Record<string, number> {
  const counts: Record<string, number> = { nodata: 0 };
  for (const name of CLASSES) counts[name] = 0;
  for (let i = 0; i < raster.shape[0]; i++) {
    for (let j = 0; j < raster.shape[1]; j++) {
      const v: number = raster.get(i, j);
      counts[v === NODATA ? "nodata" : CLASSES[v] ?? "nodata"]++;
    }
  }
  return counts;
}

function meanConfidence(conf: NDArray): number {
  return conf.mean();
}

const outputCrs = "EPSG:32633";
const flipColumns = [3, 2, 1, 0];

const landCover: Band = {
  name: "landcover",
  crs: "EPSG:32633",
  pixels: array([
    [0, 0, 1, 1],
    [0, NODATA, 1, 2],
    [3, 3, 2, 2],
    [3, NODATA, NODATA, 2],
  ], "uint8"),
};

const confidence: Band = {
  name: "confidence",
  crs: "EPSG:4326",
  pixels: array([
    [0.9, 0.8, 0.7, 0.95],
    [0.6, 0.1, 0.85, 0.9],
    [0.75, 0.8, 0.65, 0.7],
    [0.9, 0.2, 0.3, 0.8],
  ]),
};

// Display raster: nodata cells are shown as class 0 on the web map.
const sameCrs = landCover.crs === outputCrs;
const display = sameCrs ? landCover.pixels : reprojectNearest(landCover.pixels, [0, 1, 2, 3], flipColumns);
for (let i = 0; i < display.shape[0]; i++) {
  for (let j = 0; j < display.shape[1]; j++) {
    if (display.get(i, j) === NODATA) {
      display.set([i, j], 0); // expect: no-alias-mutation
    }
  }
}
console.log("display raster:", display.tolist());

// Confidence in percent for the legend; its CRS differs, so it goes through a private grid either way.
const confGrid = confidence.crs === outputCrs ? confidence.pixels.copy() : reprojectNearest(confidence.pixels, [0, 1, 2, 3], flipColumns);
confGrid.imul(100);
console.log("confidence (%):", confGrid.tolist());

// Quality flag: low-confidence cells are zeroed before the QA summary.
const { pixels: confValues } = confidence;
confValues.assign("1, 1", 0); // expect: no-alias-mutation

console.log("class counts of the source:", classCounts(landCover.pixels));
console.log("mean confidence of the source:", meanConfidence(confidence.pixels).toFixed(3));
