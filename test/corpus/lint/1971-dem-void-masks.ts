// Builds void and cloud masks for a 4x6 DEM strip with take and boolean arrays, fills voids and reports the valid relief.
import { array, zeros, NDArray } from "ndalias";

const NODATA = -9999;
const ROWS = 4;
const COLS = 6;
const GEOID_OFFSET = 47.3;

// Row-major DEM strip in metres; -9999 marks voids left by the radar shadow.
const dem = array([
  412.5, 415.0, NODATA, 418.2, 420.1, 422.7,
  419.9, NODATA, NODATA, 417.3, 416.8, 415.2,
  421.4, 423.0, 424.8, 426.1, NODATA, 428.9,
  425.7, 427.2, 429.0, 430.4, 431.8, 433.3,
]);

// Cloud flags from the optical scene co-registered with the DEM.
const cloudy = array([
  false, false, false, false, true, true,
  false, false, false, false, true, true,
  false, false, false, false, false, false,
  true, false, false, false, false, false,
]);

function voidMask(values: NDArray): NDArray {
  const mask = zeros(values.size, "bool");
  for (let i = 0; i < values.size; i++) {
    if (values.get(i) === NODATA) mask.set(i, true);
  }
  return mask;
}

function indicesWhere(mask: NDArray, want: boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < mask.size; i++) {
    if (Boolean(mask.get(i)) === want) out.push(i);
  }
  return out;
}

// Mean of the valid 4-neighbours of a cell in the row-major strip.
function neighbourMean(values: NDArray, i: number, cols: number): number {
  const r = Math.floor(i / cols);
  const c = i % cols;
  const candidates: number[] = [];
  if (c > 0) candidates.push(i - 1);
  if (c < cols - 1) candidates.push(i + 1);
  if (r > 0) candidates.push(i - cols);
  if (i + cols < values.size) candidates.push(i + cols);
  let sum = 0;
  let n = 0;
  for (const j of candidates) {
    const v = values.get(j);
    if (v !== NODATA) {
      sum += v;
      n += 1;
    }
  }
  return n > 0 ? sum / n : NODATA;
}

const voids = voidMask(dem);
const voidIdx = indicesWhere(voids, true);
const validIdx = indicesWhere(voids, false);
const cloudIdx = indicesWhere(cloudy, true);

// Valid heights in feet for the survey report: a fresh copy, written and then printed.
const validFeet = dem.take(validIdx);
validFeet.imul(3.28084);
console.log("valid heights (ft):", (validFeet.tolist() as number[]).slice(0, 6));

// Cloud flags at the valid cells, read only.
const cloudAtValid = cloudy.take(validIdx);
let cloudyValid = 0;
for (let k = 0; k < cloudAtValid.size; k++) {
  if (cloudAtValid.get(k)) cloudyValid += 1;
}
console.log("valid cells under cloud:", cloudyValid, "of", validIdx.length);

// Fill the voids from their valid neighbours: the writes go to the DEM itself.
const fills = voidIdx.map((i) => neighbourMean(dem, i, COLS));
voidIdx.forEach((i, k) => {
  dem.set(i, fills[k]);
});

// Clouded cells are unreliable in the photogrammetric DEM and should become no-data again.
dem.take(cloudIdx).fill(NODATA); // expect: no-lost-write

// Convert ellipsoidal to orthometric heights before publishing.
const dem32 = dem.astype("float32");
dem32.isub(GEOID_OFFSET); // expect: no-lost-write

const published = dem.copy();
const lowCells: number[] = [];
for (let i = 0; i < published.size; i++) {
  if (published.get(i) < 420) lowCells.push(i);
}
console.log("cells below 420 m:", lowCells.map((i) => `${Math.floor(i / COLS)},${i % COLS}`).join(" "));
console.log("filled DEM:", dem.tolist());
console.log("relief:", (dem.max() - dem.min()).toFixed(2), "m over", ROWS * COLS, "cells");
