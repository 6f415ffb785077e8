// Bootstraps an A/B test: resamples with take, sorts copies for percentiles, and summarises groups without touching the observed data.
import { array, zeros, NDArray } from "ndalias";

const groups = {
  control: array([0.12, 0.15, 0.11, 0.14, 0.13, 0.16]),
  variant: array([0.17, 0.14, 0.19, 0.18, 0.16, 0.2]),
  holdout: array([0.1, 0.12, 0.11, 0.13, 0.12, 0.1]),
} as const;

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1664525 + 1013904223) % 4294967296;
    return s / 4294967296;
  };
}

function percentile(sample: NDArray, q: number): number {
  const sorted = sample.copy().sort();
  const idx = Math.min(sorted.size - 1, Math.floor(q * sorted.size));
  return sorted.get(idx);
}

function bootstrapMeans(sample: NDArray, rounds: number, rand: () => number): NDArray {
  const means = zeros(rounds);
  for (let r = 0; r < rounds; r++) {
    const idx = Array.from({ length: sample.size }, () => Math.floor(rand() * sample.size));
    const resample = sample.take(idx);
    resample.isub(sample.mean());
    means.set(r, resample.mean());
  }
  return means;
}

const rand = lcg(7);
const { control, ...treatments } = groups;
const ranked = Object.entries(treatments)
  .map(([name, arr]) => ({ name, lift: arr.mean() - control.mean() }))
  .sort((a, b) => b.lift - a.lift);
const spread = bootstrapMeans(groups.variant, 50, rand);
const ones = zeros(3).fill(1);
console.log("ranked:", ranked, "ci:", percentile(spread, 0.05), percentile(spread, 0.95), ones.sum());
console.log("control p50:", percentile(control, 0.5), "observed:", Object.values(groups).map((g) => g.tolist()));
