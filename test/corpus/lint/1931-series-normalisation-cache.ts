// Loads CT series asynchronously, caches z-score normalised copies by series id and reports per-series intensity statistics.
import { array, zeros, NDArray } from "ndalias";

interface SeriesMeta {
  readonly seriesId: string;
  readonly modality: "CT" | "MR";
  readonly slices: number;
  readonly rows: number;
  readonly cols: number;
}

interface NormStats {
  mean: number;
  std: number;
}

const CATALOGUE: SeriesMeta[] = [
  { seriesId: "1.2.840.1", modality: "CT", slices: 3, rows: 4, cols: 4 },
  { seriesId: "1.2.840.2", modality: "CT", slices: 2, rows: 4, cols: 4 },
  { seriesId: "1.2.840.3", modality: "MR", slices: 2, rows: 3, cols: 3 },
];

const normalisedCache = new Map<string, NDArray>();
const statsCache = new Map<string, NormStats>();

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function loadSeries(meta: SeriesMeta): Promise<NDArray> {
  await delay(1);
  const vol = zeros([meta.slices, meta.rows, meta.cols]);
  for (let z = 0; z < meta.slices; z++) {
    for (let r = 0; r < meta.rows; r++) {
      for (let c = 0; c < meta.cols; c++) {
        vol.set([z, r, c], (meta.modality === "CT" ? -200 : 50) + 17 * z + 3 * r + c);
      }
    }
  }
  return vol;
}

function computeStats(vol: NDArray): NormStats {
  const mean = vol.mean();
  const centred = vol.sub(mean);
  const std = Math.sqrt(centred.mul(centred).mean());
  return { mean, std: std > 0 ? std : 1 };
}

function clampInPlace(vol: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < vol.size; i++) {
    const v = vol.data[i] as number;
    vol.data[i] = Math.min(hi, Math.max(lo, v));
  }
}

function zScore(raw: NDArray, stats: NormStats): NDArray {
  const z = raw.copy();
  z.isub(stats.mean);
  z.idiv(stats.std);
  clampInPlace(z, -4, 4);
  return z;
}

async function getNormalised(meta: SeriesMeta): Promise<NDArray> {
  const hit = normalisedCache.get(meta.seriesId);
  if (hit !== undefined) {
    return hit;
  }
  const raw = await loadSeries(meta);
  const stats = computeStats(raw);
  const normalised = zScore(raw, stats);
  statsCache.set(meta.seriesId, stats);
  normalisedCache.set(meta.seriesId, normalised);
  console.log(`${meta.seriesId}: raw range [${raw.min()}, ${raw.max()}]`);
  return normalised;
}

function sliceMeans(vol: NDArray): number[] {
  const means: number[] = [];
  for (let z = 0; z < vol.shape[0]; z++) {
    means.push(vol.slice(z).mean());
  }
  return means;
}

function rescaleForExport(normalised: NDArray): NDArray {
  const out = normalised.add(4);
  out.imul(255 / 8);
  return out.astype("uint8");
}

async function main(): Promise<void> {
  const volumes = await Promise.all(CATALOGUE.map((meta) => getNormalised(meta)));
  for (let i = 0; i < CATALOGUE.length; i++) {
    const meta = CATALOGUE[i];
    const vol = volumes[i];
    const stats = statsCache.get(meta.seriesId);
    console.log(meta.seriesId, meta.modality, "stats:", stats, "slice means:", sliceMeans(vol));
  }

  const again = await getNormalised(CATALOGUE[0]);
  console.log("cache hit returns the same array:", again === volumes[0]);
  const exported = rescaleForExport(again);
  console.log("first exported row:", exported.slice(0, 0).tolist());

  const reference = array([0.5, -0.5, 1.5]);
  const shifted = reference.copy();
  shifted.iadd(1);
  console.log("reference:", reference.tolist(), "shifted:", shifted.tolist());
  console.log("cached series:", [...normalisedCache.keys()].join(", "));
}

main().catch((err: unknown) => {
  console.error("normalisation failed:", err);
  process.exitCode = 1;
});
