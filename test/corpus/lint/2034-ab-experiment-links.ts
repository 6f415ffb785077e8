// A/B experiment registry: each variant carries its own ranking weights and links back to its experiment so it can read the control's weights.
import { array, zeros, NDArray } from "ndalias";

class Experiment {
  readonly name: string;
  trafficSplit: number;
  controlWeights: NDArray;
  control: Variant | null = null;
  treatment: Variant | null = null;
  exposures: NDArray;

  constructor(name: string, split: number, dims: number) {
    this.name = name;
    this.trafficSplit = split;
    this.controlWeights = zeros(dims);
    this.exposures = zeros(2, "int32");
  }

  recordExposure(arm: 0 | 1): number {
    this.exposures.set(arm, this.exposures.get(arm) + 1);
    return this.exposures.sum();
  }
}

class Variant {
  readonly id: string;
  weights: NDArray;
  experiment: Experiment | null = null;

  constructor(id: string, weights: NDArray) {
    this.id = id;
    this.weights = weights.copy();
  }

  deltaFromControl(): NDArray {
    const base = this.experiment?.controlWeights;
    return base ? this.weights.sub(base) : this.weights.copy();
  }

  score(features: NDArray): number {
    return this.weights.mul(features).sum();
  }
}

function buildExperiment(name: string, control: NDArray, treatment: NDArray): Experiment {
  const exp = new Experiment(name, 0.5, control.size);
  exp.controlWeights.assign(":", control);
  const a = new Variant(`${name}/control`, control);
  const b = new Variant(`${name}/treatment`, treatment);
  a.experiment = exp;
  b.experiment = exp;
  exp.control = a; // expect: no-reference-cycle
  exp.treatment = b; // expect: no-reference-cycle
  return exp;
}

// A results summary points at its variant, but the variant never points back.
interface ArmSummary {
  variant: Variant;
  meanScore: number;
  lift: NDArray;
}

function summarize(v: Variant, sessions: NDArray): ArmSummary {
  const scores: number[] = [];
  for (let i = 0; i < sessions.shape[0]; i++) {
    scores.push(v.score(sessions.slice(i)));
  }
  const meanScore = scores.reduce((s, x) => s + x, 0) / Math.max(scores.length, 1);
  return { variant: v, meanScore, lift: v.deltaFromControl() };
}

const sessions = array([
  [1, 0, 3],
  [0, 2, 1],
  [4, 1, 0],
  [2, 2, 2],
]);

const exp = buildExperiment(
  "reranker-2024-q3",
  array([0.5, 0.3, 0.2]),
  array([0.4, 0.4, 0.2]),
);

const summaries: ArmSummary[] = [];
for (const arm of [exp.control, exp.treatment]) {
  if (arm) summaries.push(summarize(arm, sessions));
}
for (let s = 0; s < sessions.shape[0]; s++) {
  exp.recordExposure(s % 2 === 0 ? 0 : 1);
}

for (const s of summaries) {
  console.log(`${s.variant.id}: mean ${s.meanScore.toFixed(3)}, lift ${JSON.stringify(s.lift.tolist())}`);
}
console.log("exposures:", exp.exposures.tolist(), "split:", exp.trafficSplit);
