// Moving-window and zonal statistics over a small elevation raster: focal means, histograms, percentile stretch and per-zone summaries.
import { zeros, array, NDArray } from "ndalias";

const NODATA = -1;

interface WindowSpec {
  row: number;
  col: number;
  spec: string;
}

interface ZoneSummary {
  zone: number;
  count: number;
  mean: number;
  max: number;
}

function* windows(rows: number, cols: number, size: number, stride: number): Generator<WindowSpec> {
  for (let r = 0; r + size <= rows; r += stride) {
    for (let c = 0; c + size <= cols; c += stride) {
      yield { row: r, col: c, spec: `${r}:${r + size}, ${c}:${c + size}` };
    }
  }
}

function replaceNodata(r: NDArray, value: number): void {
  for (let i = 0; i < r.shape[0]; i++) {
    for (let j = 0; j < r.shape[1]; j++) {
      if (r.get(i, j) === NODATA) r.set([i, j], value);
    }
  }
}

function focalMean(raster: NDArray, size: number): NDArray {
  const rows = raster.shape[0] - size + 1;
  const cols = raster.shape[1] - size + 1;
  const out = zeros([rows, cols]);
  for (const w of windows(raster.shape[0], raster.shape[1], size, 1)) {
    const win = raster.slice(w.spec);
    out.set([w.row, w.col], win.mean());
  }
  return out;
}

function blockMaxima(raster: NDArray, size: number): number[] {
  const maxima: number[] = [];
  for (const w of windows(raster.shape[0], raster.shape[1], size, size)) {
    maxima.push(raster.slice(w.spec).max());
  }
  return maxima;
}

function histogram(raster: NDArray, lo: number, hi: number, bins: number): NDArray {
  const counts = zeros(bins, "int32");
  const flat = raster.ravel();
  for (let i = 0; i < flat.size; i++) {
    const v = flat.get(i);
    const b = Math.min(bins - 1, Math.max(0, Math.floor(((v - lo) / (hi - lo)) * bins)));
    counts.set(b, counts.get(b) + 1);
  }
  return counts;
}

function percentile(raster: NDArray, q: number): number {
  const sorted = raster.flatten();
  sorted.sort();
  const idx = Math.min(sorted.size - 1, Math.max(0, Math.round(q * (sorted.size - 1))));
  return sorted.get(idx);
}

function percentileStretch(raster: NDArray, lowQ: number, highQ: number): NDArray {
  const lo = percentile(raster, lowQ);
  const hi = percentile(raster, highQ);
  const out = raster.sub(lo);
  out.idiv(Math.max(1e-9, hi - lo));
  for (let i = 0; i < out.size; i++) {
    out.data[i] = Math.min(1, Math.max(0, out.data[i] as number));
  }
  return out;
}

function zonalStats(values: NDArray, zones: NDArray): ZoneSummary[] {
  const acc = new Map<number, ZoneSummary>();
  for (let i = 0; i < values.shape[0]; i++) {
    for (let j = 0; j < values.shape[1]; j++) {
      const z = zones.get(i, j);
      const v = values.get(i, j);
      const s = acc.get(z) ?? { zone: z, count: 0, mean: 0, max: -Infinity };
      s.count++;
      s.mean += (v - s.mean) / s.count;
      s.max = Math.max(s.max, v);
      acc.set(z, s);
    }
  }
  return [...acc.values()].sort((a, b) => a.zone - b.zone);
}

function demRaster(rows: number, cols: number): NDArray {
  const dem = zeros([rows, cols]);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      dem.set([i, j], 200 + 15 * i + 4 * j + (i * j) % 5);
    }
  }
  dem.set([1, 1], NODATA);
  dem.set([4, 5], NODATA);
  return dem;
}

function zoneRaster(rows: number, cols: number): NDArray {
  const zones = zeros([rows, cols], "int32");
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) zones.set([i, j], i < rows / 2 ? (j < cols / 2 ? 1 : 2) : 3);
  }
  return zones;
}

const dem = demRaster(6, 6);
const zones = zoneRaster(6, 6);

const topEdge = dem.slice(0);
const topEdgeMean = topEdge.mean();
console.log("top edge mean before cleaning:", topEdgeMean.toFixed(2));

const raw = dem.copy();
replaceNodata(dem, 240);
dem.isub(dem.min());
let nodataCells = 0;
for (let i = 0; i < raw.size; i++) if (raw.data[i] === NODATA) nodataCells++;
console.log("nodata cells in raw copy:", nodataCells, "raw mean:", raw.mean().toFixed(2));

const smooth = focalMean(dem, 3);
console.log("focal mean (3x3):", smooth.tolist());
console.log("block maxima (2x2):", blockMaxima(dem, 2).join(" "));

const hist = histogram(dem, 0, dem.max(), 5);
console.log("histogram:", hist.tolist());

const stretched = percentileStretch(dem, 0.05, 0.95);
console.log("stretched corner:", stretched.slice("0:2, 0:2").tolist());

for (const z of zonalStats(dem, zones)) {
  console.log(`zone ${z.zone}: n=${z.count} mean=${z.mean.toFixed(2)} max=${z.max}`);
}

dem.slice("-1:, :").fill(0);
const weights = array([0.25, 0.5, 0.25]);
const profile = dem.slice(":", 2);
console.log("column profile after edge clear:", profile.tolist(), "weighted head:", profile.slice("0:3").mul(weights).sum());
