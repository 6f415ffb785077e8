// Converts a DEM tile from feet to metres for the elevation API, applies the geoid offset, blanks known bad sensor pixels and reports statistics.
import { array, NDArray } from "ndalias";

const FEET_TO_METRES = 0.3048;
const NODATA = -32768;

interface TileStats {
  min: number;
  max: number;
  median: number;
  valid: number;
}

function toMetres(demFeet: NDArray): NDArray {
  const metres = demFeet.astype("float32");
  metres.imul(FEET_TO_METRES);
  return metres;
}

function applyGeoid(dem: NDArray, geoidOffset: number): NDArray {
  const orthometric = dem.copy();
  orthometric.isub(geoidOffset); // expect: no-lost-write
  return dem;
}

function blankBadPixels(dem: NDArray, badPixels: number[]): void {
  for (const idx of badPixels) {
    dem.flatten().set(idx, NODATA); // expect: no-lost-write
  }
}

function validValues(dem: NDArray): number[] {
  return (dem.flatten().tolist() as number[]).filter((v) => v !== NODATA);
}

function tileStats(dem: NDArray): TileStats {
  const values = validValues(dem);
  const sorted = dem.flatten();
  sorted.sort();
  const firstValid = sorted.size - values.length;
  const mid = firstValid + Math.floor(values.length / 2);
  return {
    min: Math.min(...values),
    max: Math.max(...values),
    median: values.length > 0 ? sorted.get(mid) : NaN,
    valid: values.length,
  };
}

function hillshadeRows(dem: NDArray, rows: number[]): NDArray {
  const subset = dem.take(rows, 0);
  subset.isub(subset.min());
  subset.imul(0.5);
  return subset;
}

function formatStats(name: string, s: TileStats): string {
  return `${name}: min=${s.min.toFixed(1)} max=${s.max.toFixed(1)} median=${s.median.toFixed(1)} valid=${s.valid}`;
}

const demFeet = array([
  [1510, 1522, 1535, 1549],
  [1502, 1515, 1530, 1544],
  [1495, 1508, 1521, 1538],
  [1488, 1500, 1513, 1529],
]);
const BAD_SENSOR_PIXELS = [5, 10];
const GEOID_OFFSET_M = 28.4;

blankBadPixels(demFeet, BAD_SENSOR_PIXELS);
console.log(formatStats("feet", tileStats(demFeet)));

const demMetres = applyGeoid(toMetres(demFeet), GEOID_OFFSET_M);
console.log(formatStats("metres", tileStats(demMetres)));

const shadeInput = hillshadeRows(demMetres, [0, 3]);
console.log("hillshade input rows:", shadeInput.tolist());

// Published payload: a rounded copy of the metric DEM.
const payload = demMetres.copy();
for (let i = 0; i < payload.shape[0]; i++) {
  for (let j = 0; j < payload.shape[1]; j++) {
    payload.set([i, j], Math.round(payload.get(i, j) * 10) / 10);
  }
}
console.log("payload:", payload.tolist());
