// Masks cloud-covered cells of red and NIR bands, fills them from a fallback scene, blanks the tile borders and prints NDVI and reflectance.
import { array, zeros, NDArray } from "ndalias";

const NODATA = -1;
const CLOUD_QA_THRESHOLD = 2;

function cloudMask(qa: NDArray, threshold: number): NDArray {
  const mask = zeros(qa.shape, "uint8");
  for (let i = 0; i < qa.shape[0]; i++) {
    for (let j = 0; j < qa.shape[1]; j++) {
      if (qa.get(i, j) > threshold) mask.set([i, j], 1);
    }
  }
  return mask;
}

function applyMask(raster: NDArray, mask: NDArray, fill: number): void {
  for (let i = 0; i < raster.shape[0]; i++) {
    for (let j = 0; j < raster.shape[1]; j++) {
      if (mask.get(i, j) === 1) raster.set([i, j], fill);
    }
  }
}

function clearBorder(tile: NDArray, width: number): void {
  const top = tile.slice(`0:${width}`);
  top.fill(NODATA);
  const bottom = tile.slice(`-${width}:`);
  bottom.fill(NODATA);
}

function fillFrom(primary: NDArray, fallback: NDArray): NDArray {
  const filled = primary.copy();
  for (let i = 0; i < filled.shape[0]; i++) {
    for (let j = 0; j < filled.shape[1]; j++) {
      if (filled.get(i, j) === NODATA) filled.set([i, j], fallback.get(i, j));
    }
  }
  return filled;
}

function ndvi(red: NDArray, nir: NDArray): NDArray {
  const num = nir.sub(red);
  const den = nir.add(red);
  den.iadd(1e-6);
  return num.div(den);
}

const red = array([
  [820, 790, 760, 740],
  [800, 3100, 3050, 720],
  [780, 3000, 700, 690],
  [760, 740, 710, 680],
]);
const nir = array([
  [2900, 3000, 3100, 3150],
  [2950, 3300, 3280, 3200],
  [3000, 3250, 3300, 3350],
  [3050, 3100, 3200, 3300],
]);
const qa = array([
  [0, 0, 1, 0],
  [0, 3, 3, 0],
  [0, 3, 1, 0],
  [0, 0, 0, 1],
]);
const fallbackRed = array([
  [810, 780, 750, 735],
  [795, 770, 745, 715],
  [775, 755, 705, 685],
  [755, 735, 705, 675],
]);
const fallbackNir = fallbackRed.mul(4);

const clouds = cloudMask(qa, CLOUD_QA_THRESHOLD);
applyMask(red, clouds, NODATA);
applyMask(nir, clouds, NODATA);
const redFilled = fillFrom(red, fallbackRed);
const nirFilled = fillFrom(nir, fallbackNir);
console.log("cloud cells:", clouds.sum(), "masked red:", red.tolist());

const index = ndvi(redFilled, nirFilled);
clearBorder(index, 1);
console.log("NDVI with blank border rows:", index.tolist());

// The raw band name is rebound to a fresh scaled array before anything is written.
let reflectance: NDArray = redFilled;
reflectance = reflectance.mul(0.0001);
reflectance.iadd(0.01);
console.log("surface reflectance:", reflectance.tolist(), "filled red DN:", redFilled.tolist());

// The QA band has been consumed; reset it for the next scene.
qa.fill(0);
console.log("qa after reset:", qa.sum(), "fallback NIR mean:", fallbackNir.mean());
