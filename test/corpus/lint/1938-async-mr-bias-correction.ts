// Loads MR series asynchronously, applies a per-coil gain correction, normalises to the peak and keeps originals for a QA report.
import { zeros, NDArray } from "ndalias";

interface PreparedSeries {
  readonly id: string;
  readonly corrected: NDArray;
  readonly original: NDArray;
  readonly peak: number;
}

const COIL_GAIN: Record<string, number> = {
  "mr.t1.001": 1.15,
  "mr.t2.002": 0.92,
  "mr.flair.003": 1.04,
};

const qaCache = new Map<string, NDArray>();

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function fetchSeries(id: string, slices: number): Promise<NDArray> {
  await delay(2);
  const vol = zeros([slices, 3, 3]);
  const seed = id.length;
  for (let z = 0; z < slices; z++) {
    for (let r = 0; r < 3; r++) {
      for (let c = 0; c < 3; c++) {
        vol.set([z, r, c], 100 + seed * 3 + 20 * z + 7 * r + 2 * c);
      }
    }
  }
  return vol;
}

function gainFor(id: string): number {
  return COIL_GAIN[id] ?? 1;
}

async function normaliseToPeak(vol: NDArray): Promise<number> {
  await delay(0);
  const peak = vol.max();
  vol.idiv(peak); // expect: no-alias-mutation
  return peak;
}

async function prepare(id: string): Promise<PreparedSeries> {
  const raw = await fetchSeries(id, 2);
  const original = raw;
  raw.imul(gainFor(id)); // expect: no-alias-mutation
  const forNormalising = raw.copy();
  const peak = await normaliseToPeak(forNormalising);
  return { id, corrected: forNormalising, original, peak };
}

function relativeChange(a: NDArray, b: NDArray): number {
  const diff = a.sub(b);
  return Math.sqrt(diff.mul(diff).sum()) / Math.sqrt(b.mul(b).sum());
}

async function loadForQa(id: string): Promise<NDArray> {
  const cached = qaCache.get(id);
  if (cached !== undefined) return cached;
  const fresh = await fetchSeries(id, 2);
  qaCache.set(id, fresh);
  return fresh;
}

function sliceSummary(vol: NDArray): string {
  const parts: string[] = [];
  for (let z = 0; z < vol.shape[0]; z++) {
    parts.push(vol.slice(z).mean().toFixed(3));
  }
  return parts.join(", ");
}

async function main(): Promise<void> {
  const ids = Object.keys(COIL_GAIN);
  const prepared = await Promise.all(ids.map((id) => prepare(id)));
  for (const p of prepared) {
    console.log(`${p.id}: peak ${p.peak.toFixed(1)}, slice means ${sliceSummary(p.corrected)}`);
  }

  for (const p of prepared) {
    const reference = await loadForQa(p.id);
    const change = relativeChange(p.original, reference);
    console.log(`${p.id}: original vs re-fetched differ by ${(100 * change).toFixed(2)}%`);
  }

  const scratch = await loadForQa(ids[0]);
  const rescaled = scratch.mul(gainFor(ids[0]));
  rescaled.isub(rescaled.min());
  console.log("rescaled first series:", sliceSummary(rescaled));
}

main().catch((err: unknown) => {
  console.error("MR preparation failed:", err);
  process.exitCode = 1;
});
