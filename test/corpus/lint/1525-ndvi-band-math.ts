// Computes NDVI for a small four-band scene with dark-object correction, masks nodata, and prints vegetation stats and a true-colour preview.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface Scene {
  red: NDArray;
  green: NDArray;
  blue: NDArray;
  nir: NDArray;
  nodata: number;
}

const NODATA = -9999;
const NIR_GAIN = 0.92;
const VEGETATION_THRESHOLD = 0.3;

function loadScene(): Scene {
  return {
    red: array([
      [120, 130, 140, 150],
      [110, 118, 135, 145],
      [100, 105, 115, 125],
      [90, 95, 100, 104],
    ]),
    green: array([
      [140, 150, 152, 160],
      [138, 141, 149, 158],
      [130, 133, 139, 147],
      [122, 126, 130, 133],
    ]),
    blue: array([
      [90, 95, 97, 99],
      [88, 91, 94, 98],
      [84, 86, 89, 93],
      [80, 83, 85, 87],
    ]),
    nir: array([
      [300, 320, 180, 170],
      [310, NODATA, 200, 190],
      [350, 340, 260, 210],
      [360, 355, 330, NODATA],
    ]),
    nodata: NODATA,
  };
}

function validMask(band: NDArray, nodata: number): NDArray {
  const [rows, cols] = band.shape;
  const mask = zeros([rows, cols], "bool");
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      mask.set([r, c], band.get(r, c) !== nodata);
    }
  }
  return mask;
}

function stretch(band: NDArray): NDArray {
  const lo = band.min();
  const hi = band.max();
  return band.sub(lo).div(hi - lo || 1);
}

function countWhere(values: NDArray, mask: NDArray, threshold: number): number {
  let n = 0;
  for (let i = 0; i < values.size; i++) {
    if (mask.data[i] && (values.data[i] as number) > threshold) n++;
  }
  return n;
}

const scene = loadScene();
const valid = validMask(scene.nir, scene.nodata);
console.log("valid pixels:", valid.sum(), "of", valid.size);

const { red, nir } = scene;

// dark-object subtraction on the red band before the index is formed
const redDark = red.min();
red.isub(redDark); // expect: no-alias-mutation

// sensor gain for the NIR band
const nirReflectance = nir.astype("float32");
nirReflectance.imul(NIR_GAIN); // expect: no-lost-write

const ndvi = nir.sub(red).div(nir.add(red));
const [rows, cols] = ndvi.shape;
for (let r = 0; r < rows; r++) {
  for (let c = 0; c < cols; c++) {
    if (!valid.get(r, c)) ndvi.set([r, c], Number.NaN);
  }
}
console.log("ndvi:", ndvi.tolist());

const vegetated = countWhere(ndvi, valid, VEGETATION_THRESHOLD);
console.log("vegetated pixels:", vegetated);

// blue band scaled to reflectance for the haze check
const blueReflectance = scene.blue.astype("float32");
blueReflectance.imul(0.0001);
console.log("max blue reflectance:", blueReflectance.max());

// true-colour quicklook from the scene bands
const preview = [scene.red, scene.green, scene.blue].map(stretch);
for (const [name, band] of [["red", preview[0]], ["green", preview[1]], ["blue", preview[2]]] as const) {
  console.log(`preview ${name} mean:`, band.mean().toFixed(3));
}
console.log("raw red DN range:", scene.red.min(), "-", scene.red.max());
