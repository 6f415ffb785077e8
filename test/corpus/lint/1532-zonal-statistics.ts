// Computes zonal statistics of an elevation band over a land-cover zone raster, with an optional smoothed band, and prints a per-zone table.
import { array, zeros, NDArray } from "ndalias";

const ZONE_NAMES = ["water", "forest", "urban"];
const USE_SMOOTHED = process.env.ZONAL_SMOOTH === "1";

function boxSmooth3(band: NDArray): NDArray {
  const [rows, cols] = band.shape;
  const out = zeros([rows, cols]);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let sum = 0;
      let n = 0;
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          const rr = r + dr;
          const cc = c + dc;
          if (rr >= 0 && rr < rows && cc >= 0 && cc < cols) {
            sum += band.get(rr, cc);
            n++;
          }
        }
      }
      out.set([r, c], sum / n);
    }
  }
  return out;
}

function zonalSums(values: NDArray, zones: NDArray, nZones: number): [NDArray, NDArray] {
  const sums = zeros(nZones);
  const counts = zeros(nZones);
  for (let i = 0; i < values.size; i++) {
    const z = zones.data[i] as number;
    sums.set(z, sums.get(z) + (values.data[i] as number));
    counts.set(z, counts.get(z) + 1);
  }
  return [sums, counts];
}

function zoneMedian(values: NDArray, zones: NDArray, zone: number): number {
  const idx: number[] = [];
  for (let i = 0; i < zones.size; i++) {
    if (zones.data[i] === zone) idx.push(i);
  }
  if (idx.length === 0) return Number.NaN;
  const picked = values.flatten().take(idx);
  picked.sort();
  return picked.get(Math.floor(picked.size / 2));
}

const elevation = array([
  [12, 14, 35, 60, 82],
  [11, 13, 38, 66, 90],
  [10, 19, 41, 71, 95],
  [9, 22, 47, 75, 101],
]);
const landcover = array(
  [
    [0, 0, 1, 1, 2],
    [0, 0, 1, 1, 2],
    [0, 1, 1, 2, 2],
    [0, 1, 1, 2, 2],
  ],
  "uint8",
);

const smoothed = boxSmooth3(elevation);
const band = USE_SMOOTHED ? smoothed : elevation;

// anomaly relative to the scene mean, for the deviation column
band.isub(band.mean()); // expect: no-alias-mutation
const [anomalySums, anomalyCounts] = zonalSums(band, landcover, ZONE_NAMES.length);

const [zoneSums, zoneCounts] = zonalSums(elevation, landcover, ZONE_NAMES.length);
const zoneMeans = zoneSums.copy();
zoneMeans.idiv(zoneCounts); // expect: no-lost-write

const deviation = anomalySums.div(anomalyCounts);
for (let z = 0; z < ZONE_NAMES.length; z++) {
  const mean = zoneSums.get(z);
  const med = zoneMedian(elevation, landcover, z);
  console.log(
    `${ZONE_NAMES[z].padEnd(7)} cells=${zoneCounts.get(z)} mean=${mean.toFixed(1)} median=${med} deviation=${deviation.get(z).toFixed(2)}`,
  );
}

const cover = zoneCounts.div(zoneCounts.sum());
cover.imul(100);
console.log("cover (%):", cover.tolist());
console.log("smoothed range:", smoothed.min().toFixed(1), "-", smoothed.max().toFixed(1));
