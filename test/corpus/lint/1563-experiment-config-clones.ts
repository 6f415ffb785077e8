// Derives experiment configs from shared defaults with copied arrays, perturbs each variant and compares their scores.
import { array, NDArray } from "ndalias";

interface Preprocess {
  mean: NDArray;
  std: NDArray;
  clip: number;
}

interface ExperimentConfig {
  name: string;
  preprocess: Preprocess;
  model: { weights: NDArray; bias: number };
  seed: number;
}

const DEFAULTS: ExperimentConfig = {
  name: "defaults",
  preprocess: { mean: array([0.5, 1.0, -0.2]), std: array([0.1, 0.5, 0.3]), clip: 3 },
  model: { weights: array([0.8, -0.4, 1.1]), bias: 0.2 },
  seed: 7,
};

const batch = [array([0.6, 1.2, -0.1]), array([0.4, 0.4, 0.2]), array([0.55, 1.6, -0.5])];

function cloneConfig(cfg: ExperimentConfig, name: string): ExperimentConfig {
  return {
    ...cfg,
    name,
    preprocess: { ...cfg.preprocess, mean: cfg.preprocess.mean.copy(), std: cfg.preprocess.std.copy() },
    model: { ...cfg.model, weights: cfg.model.weights.copy() },
  };
}

function normalise(cfg: ExperimentConfig, x: NDArray): NDArray {
  const z = x.sub(cfg.preprocess.mean).div(cfg.preprocess.std);
  for (let i = 0; i < z.size; i++) {
    z.set(i, Math.max(-cfg.preprocess.clip, Math.min(cfg.preprocess.clip, z.get(i))));
  }
  return z;
}

function score(cfg: ExperimentConfig): number {
  let total = 0;
  for (const x of batch) {
    total += normalise(cfg, x).mul(cfg.model.weights).sum() + cfg.model.bias;
  }
  return total / batch.length;
}

console.log("defaults score:", score(DEFAULTS).toFixed(4));

// Variant 1: wider normalisation, on its own copies of the statistics.
const wide = cloneConfig(DEFAULTS, "wide");
wide.preprocess.std.imul(2);
wide.preprocess.mean.fill(0);

// Variant 2: merged with Object.assign; the weights are a fresh product.
const narrow = Object.assign({}, DEFAULTS, {
  name: "narrow",
  model: { weights: DEFAULTS.model.weights.mul(0.5), bias: 0.1 },
});
narrow.model.weights.iadd(0.01);

// Variant 3: spread merge with explicitly copied weights.
const sparse: ExperimentConfig = {
  ...DEFAULTS,
  name: "sparse",
  model: { ...DEFAULTS.model, weights: DEFAULTS.model.weights.copy() },
};
sparse.model.weights.set(1, 0);

for (const cfg of [wide, narrow, sparse]) {
  console.log(`${cfg.name}: score ${score(cfg).toFixed(4)}`);
}
console.log("wide statistics:", wide.preprocess.mean.tolist(), wide.preprocess.std.tolist());
console.log("narrow weights:", narrow.model.weights.tolist());
console.log("sparse weights:", sparse.model.weights.tolist());

// Retune the defaults in place, keeping the previous weights for the report.
const previousWeights = DEFAULTS.model.weights.copy();
DEFAULTS.model.weights.imul(1.1);
const change = DEFAULTS.model.weights.sub(previousWeights);
console.log("retuned defaults:", DEFAULTS.model.weights.tolist(), "change:", change.tolist());
console.log("previous:", previousWeights.tolist(), "new score:", score(DEFAULTS).toFixed(4));
console.log("shared statistics:", narrow.preprocess.mean.tolist(), DEFAULTS.preprocess.std.tolist());
