// Applies optional preprocessing steps (offset, mask, clip, scratch reset) from partial configs to batches of readings.
import { array, zeros, NDArray } from "ndalias";

interface ClipRange {
  lo?: number;
  hi?: number;
}

interface Preprocess {
  offset?: number;
  mask?: NDArray;
  clip?: ClipRange;
  scratch?: NDArray;
  verbose?: boolean;
}

interface Summary {
  mean: number;
  spread: number;
  masked: number;
}

function applyPreprocess(batch: NDArray, cfg: Preprocess = {}): void {
  const { offset = 0, clip: { lo = -Infinity, hi = Infinity } = {}, verbose } = cfg;
  if (offset) batch.isub(offset);
  if (cfg.mask) batch.imul(cfg.mask);
  for (let i = 0; i < batch.size; i++) {
    const v = batch.data[i] as number;
    batch.data[i] = Math.min(hi, Math.max(lo, v));
  }
  cfg.scratch?.fill(0);
  if (verbose) console.log("  preprocessed:", batch.tolist());
}

function maskedMean(batch: NDArray, mask?: NDArray): number {
  if (!mask) return batch.mean();
  return batch.mul(mask).sum() / (mask.sum() || 1);
}

function summarize(batch: NDArray, cfg?: Preprocess): Summary {
  const mean = maskedMean(batch, cfg?.mask);
  const spread = batch.max() - batch.min();
  const masked = cfg?.mask ? cfg.mask.size - cfg.mask.sum() : 0;
  return { mean, spread, masked };
}

function accumulateInto(target: NDArray, batch: NDArray): void {
  target.iadd(batch);
}

const configs: Record<string, Preprocess> = {
  raw: {},
  centred: { offset: 20 },
  masked: { offset: 20, mask: array([1, 1, 0, 1, 1, 0]) },
  clipped: { clip: { lo: 18, hi: 24 }, verbose: true },
};

configs.masked.scratch ??= zeros(6);
configs.clipped.clip ??= {};
configs.clipped.clip.hi ||= 30;
configs.raw.verbose &&= false;

const readings = array([19.5, 21.0, 35.2, 22.4, 18.1, -4.0]);
const totals = zeros(6);
let lastSummary: Summary | null = null;

for (const [name, cfg] of Object.entries(configs)) {
  const batch = readings.copy();
  applyPreprocess(batch, cfg);
  accumulateInto(totals, batch);
  lastSummary = summarize(batch, cfg);
  console.log(`${name.padEnd(8)} mean=${lastSummary.mean.toFixed(2)} spread=${lastSummary.spread.toFixed(2)} masked=${lastSummary.masked}`);
}

console.log("untouched readings:", readings.tolist());
console.log("accumulated:", totals.tolist(), "last spread:", lastSummary?.spread ?? "n/a");

// The live buffer is preprocessed in place on purpose; keep the raw values first.
const live = array([23.0, 22.5, 40.1, 21.9, 20.2, 19.8]);
const rawLive = live.copy();
applyPreprocess(live, { offset: 20, clip: { lo: -5, hi: 5 } });
const liveSummary = summarize(live);
console.log("raw live:", rawLive.tolist());
console.log("live:", live.tolist(), "mean:", liveSummary.mean.toFixed(3));
console.log("scratch:", configs.masked.scratch?.tolist());
