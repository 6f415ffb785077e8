// Computes NDVI from red and near-infrared bands after dark-object subtraction, masks water and clouds, and exports a column-major grid.
import { array, zeros, NDArray } from "ndalias";

interface Scene {
  id: string;
  bands: { red: NDArray; nir: NDArray };
  cloudCells: [number, number][];
}

const redRaw = array([
  [0.081, 0.092, 0.104, 0.118],
  [0.077, 0.088, 0.101, 0.112],
  [0.069, 0.081, 0.095, 0.108],
]);
const nirRaw = array([
  [0.312, 0.298, 0.281, 0.262],
  [0.305, 0.291, 0.044, 0.255],
  [0.297, 0.283, 0.038, 0.031],
]);

const scene: Scene = {
  id: "LC08_198024_20230714",
  bands: { red: redRaw, nir: nirRaw },
  cloudCells: [
    [0, 3],
    [1, 3],
  ],
};

// Dark-object value: the darkest percentile of a band, from a sorted copy.
function darkObject(band: NDArray): number {
  const sorted = band.flatten();
  sorted.sort();
  return sorted.get(Math.floor(sorted.size * 0.01));
}

function ndviOf(nir: NDArray, red: NDArray): NDArray {
  const num = nir.sub(red);
  const den = nir.add(red);
  den.iadd(1e-9);
  return num.div(den);
}

function countBelow(values: NDArray, threshold: number): number {
  let n = 0;
  for (let i = 0; i < values.size; i++) {
    if ((values.data[values.offset + i] as number) < threshold) n += 1;
  }
  return n;
}

const darkRed = darkObject(redRaw);
const darkNir = darkObject(nirRaw);

// Atmospheric correction of the red band.
const { red, nir } = scene.bands;
red.isub(darkRed); // expect: no-alias-mutation
const nirCorrected = nir.sub(darkNir);

const ndvi = ndviOf(nirCorrected, red);
const exportGrid = ndvi.T;
console.log("NDVI mean before masking:", ndvi.mean().toFixed(3));

// Water has a negative NDVI on the corrected bands: flag it in the product.
const WATER = -1;
for (let r = 0; r < ndvi.shape[0]; r++) {
  for (let c = 0; c < ndvi.shape[1]; c++) {
    if (nirCorrected.get(r, c) < 0.05) {
      ndvi.set([r, c], WATER); // expect: no-view-mutation
    }
  }
}

// Cloud cells are removed from the statistics layer.
const statsLayer = ndvi.copy();
for (const [r, c] of scene.cloudCells) {
  statsLayer.set([r, c], NaN); // expect: no-lost-write
}

// Vegetation classes on a separate array, which is read below.
const classes = zeros(ndvi.shape, "uint8");
for (let r = 0; r < ndvi.shape[0]; r++) {
  for (let c = 0; c < ndvi.shape[1]; c++) {
    const v = ndvi.get(r, c);
    classes.set([r, c], v === WATER ? 0 : v < 0.3 ? 1 : v < 0.6 ? 2 : 3);
  }
}

console.log("scene:", scene.id, "water cells:", countBelow(ndvi, -0.5));
console.log("classes:", classes.tolist());
console.log("column-major export:", exportGrid.tolist());
console.log("raw red reflectance:", redRaw.tolist());
