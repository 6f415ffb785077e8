// Derives slope and aspect from a DEM, registers the layers in an object-dtype catalog for the tile server, and prints a terrain report.
// runnable
import { array, empty, zeros, memoryStats, refcount, NDArray } from "ndalias";

const CELL = 30;
const NODATA = -9999;
const LAYERS = ["dem", "slope", "aspect", "hillshade"] as const;

function gradient(dem: NDArray): [NDArray, NDArray] {
  const [rows, cols] = dem.shape;
  const dzdx = zeros([rows, cols]);
  const dzdy = zeros([rows, cols]);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const left = dem.get(r, Math.max(0, c - 1));
      const right = dem.get(r, Math.min(cols - 1, c + 1));
      const up = dem.get(Math.max(0, r - 1), c);
      const down = dem.get(Math.min(rows - 1, r + 1), c);
      dzdx.set([r, c], (right - left) / (2 * CELL));
      dzdy.set([r, c], (down - up) / (2 * CELL));
    }
  }
  return [dzdx, dzdy];
}

function slopeRadians(dzdx: NDArray, dzdy: NDArray): NDArray {
  const out = dzdx.mul(dzdx).add(dzdy.mul(dzdy));
  for (let i = 0; i < out.size; i++) {
    out.data[i] = Math.atan(Math.sqrt(out.data[i] as number));
  }
  return out;
}

function aspectDegrees(dzdx: NDArray, dzdy: NDArray): NDArray {
  const out = zeros(dzdx.shape);
  for (let i = 0; i < out.size; i++) {
    const a = (Math.atan2(dzdy.data[i] as number, -(dzdx.data[i] as number)) * 180) / Math.PI;
    out.data[i] = (90 - a + 360) % 360;
  }
  return out;
}

function hillshade(slope: NDArray, aspect: NDArray, azimuth: number, altitude: number): NDArray {
  const zen = ((90 - altitude) * Math.PI) / 180;
  const az = (azimuth * Math.PI) / 180;
  const shade = zeros(slope.shape, "uint8");
  for (let i = 0; i < shade.size; i++) {
    const s = slope.data[i] as number;
    const a = ((aspect.data[i] as number) * Math.PI) / 180;
    const v = Math.cos(zen) * Math.cos(s) + Math.sin(zen) * Math.sin(s) * Math.cos(az - a);
    shade.data[i] = Math.max(0, Math.round(255 * v));
  }
  return shade;
}

const dem = array([
  [410, 415, 423, 431, 440],
  [405, 412, 420, 429, 437],
  [401, 407, 414, 422, 430],
  [398, 402, 409, 416, 424],
]);

const [dzdx, dzdy] = gradient(dem);
const slope = slopeRadians(dzdx, dzdy);
const aspect = aspectDegrees(dzdx, dzdy);
const shade = hillshade(slope, aspect, 315, 45);

// report slope in degrees
slope.copy().imul(180 / Math.PI); // expect: no-lost-write
console.log("max slope:", slope.max().toFixed(3));

const demFeet = dem.mul(3.28084);
demFeet.isub(demFeet.min());
console.log("relief (ft):", demFeet.max().toFixed(1));

// catalog entries: one slot per layer plus a root slot so nested catalogs can find the top
const catalog = empty(LAYERS.length + 1, "object");
catalog.set(0, dem);
catalog.set(1, slope);
catalog.set(2, aspect);
catalog.set(3, shade);
catalog.set(LAYERS.length, catalog); // expect: no-reference-cycle

for (let i = 0; i < LAYERS.length; i++) {
  const layer = catalog.get(i) as NDArray;
  console.log(`${LAYERS[i]}: shape=${JSON.stringify(layer.shape)} dtype=${layer.dtype} mean=${layer.mean().toFixed(2)}`);
}
console.log("catalog references:", refcount(catalog));

const masked = dem.copy();
masked.assign("0, :", NODATA);
console.log("first row masked:", masked.slice(0).tolist());

catalog.dispose();
const stats = memoryStats();
console.log("after releasing the catalog:", stats.storages, "storages,", stats.bytes, "bytes");
