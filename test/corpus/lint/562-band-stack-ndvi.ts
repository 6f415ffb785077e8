// Assembles a 3-band stack (red, green, NIR) from raw digital numbers, computes NDVI, then converts the stack to reflectance.
import { array, zeros, NDArray } from "ndalias";

const RED = 0;
const GREEN = 1;
const NIR = 2;
const REFLECTANCE_SCALE = 0.0001;

const rawBands = [
  array([
    [812, 790, 1020],
    [760, 1105, 980],
    [701, 688, 1230],
  ]),
  array([
    [905, 880, 1102],
    [850, 1150, 1010],
    [790, 775, 1301],
  ]),
  array([
    [3120, 2950, 1800],
    [3305, 1600, 2100],
    [3500, 3420, 1450],
  ]),
];

function ndvi(red: NDArray, nir: NDArray): NDArray {
  return nir.sub(red).div(nir.add(red));
}

function classify(index: NDArray, threshold: number): number {
  let vegetated = 0;
  for (let i = 0; i < index.size; i++) {
    if ((index.data[index.offset + i] as number) > threshold) vegetated++;
  }
  return vegetated / index.size;
}

const [rows, cols] = rawBands[0].shape;
const stack = zeros([rawBands.length, rows, cols]);
for (let b = 0; b < rawBands.length; b++) {
  stack.slice(b).assign(":", rawBands[b]);
}

const red = stack.slice(RED);
const nir = stack.slice(NIR);
const vegetation = ndvi(red, nir);
console.log("NDVI:", vegetation.tolist());
console.log("vegetated share:", classify(vegetation, 0.4));
console.log("NIR mean DN:", nir.mean(), "red mean DN:", red.mean());

// The digital numbers are no longer needed: convert the whole stack to reflectance.
stack.imul(REFLECTANCE_SCALE);

const greenReflectance = stack.slice(GREEN);
const brightest = stack.max();
console.log("green reflectance:", greenReflectance.tolist());
console.log("brightest reflectance:", brightest);
