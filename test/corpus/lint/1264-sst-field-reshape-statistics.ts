// Loads a flat sea-surface temperature record onto a lat-lon grid, damps a sponge layer near the northern edge and reports area statistics, median and percentiles.
import { array, NDArray } from "ndalias";

// ---- grid (ported from sst_stats.py) ----
const nLat = 6;
const nLon = 8;
const lat0 = -25; // degrees, southern row
const dLat = 10;
const sponge = 2; // rows of the northern sponge layer
const spongeFactor = 0.5;

// synthetic "file" record, row-major (lat, lon), degC
function readRecord(): NDArray {
  const values: number[] = [];
  for (let j = 0; j < nLat; j++) {
    const lat = lat0 + j * dLat;
    for (let i = 0; i < nLon; i++) {
      values.push(28 * Math.cos((lat * Math.PI) / 180) + 0.7 * Math.sin(i) - 2);
    }
  }
  return array(values);
}

// area weights proportional to cos(latitude), one per row
function rowWeights(): NDArray {
  const w: number[] = [];
  for (let j = 0; j < nLat; j++) w.push(Math.cos(((lat0 + j * dLat) * Math.PI) / 180));
  return array(w);
}

function areaMean(grid: NDArray, weights: NDArray): number {
  let num = 0;
  for (let j = 0; j < nLat; j++) num += grid.slice(j).mean() * weights.get(j);
  return num / weights.sum();
}

// median of all grid values
function medianTemperature(field: NDArray): number {
  const values = field.ravel();
  values.sort(); // expect: no-view-mutation
  return values.get(Math.floor(values.size / 2));
}

// p-th percentile by nearest rank
function percentile(field: NDArray, p: number): number {
  const values = field.flatten();
  values.sort();
  const rank = Math.min(values.size - 1, Math.max(0, Math.ceil((p / 100) * values.size) - 1));
  return values.get(rank);
}

function zonalMeans(grid: NDArray): number[] {
  const out: number[] = [];
  for (let j = 0; j < nLat; j++) out.push(grid.slice(j).mean());
  return out;
}

// ---- load and reshape ----
const record = readRecord();
const sst = record.reshape(nLat, nLon); // sst = record.reshape(nlat, nlon)
const weights = rowWeights();
const rawMean = areaMean(sst, weights);
console.log(`raw area-mean SST: ${rawMean.toFixed(3)} degC`);

// ---- damp the anomaly in the northern sponge rows toward the zonal mean ----
const north = `${nLat - sponge}:`;
const northMeans = zonalMeans(sst).slice(nLat - sponge);
const damped = sst.slice(north).copy();
// anomaly relative to each row's zonal mean, scaled, then the mean added back
for (let k = 0; k < sponge; k++) damped.slice(k).isub(northMeans[k]);
damped.imul(spongeFactor);
for (let k = 0; k < sponge; k++) damped.slice(k).iadd(northMeans[k]);
sst.assign(north, damped); // expect: no-view-mutation

// ---- statistics ----
console.log(`area-mean SST after the sponge: ${areaMean(sst, weights).toFixed(3)} degC`);
console.log(`median ${medianTemperature(sst).toFixed(2)}, p10 ${percentile(sst, 10).toFixed(2)}, p90 ${percentile(sst, 90).toFixed(2)}`);
console.log("zonal means:", zonalMeans(sst).map((v) => v.toFixed(2)).join(" "));

// write the record back out in file order
const out = record.tolist() as number[];
console.log(`record of ${out.length} values, first row:`, out.slice(0, nLon).map((v) => v.toFixed(2)).join(" "));
console.log("record min/max:", record.min().toFixed(2), record.max().toFixed(2));
