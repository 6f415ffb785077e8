// Merges user detector settings over defaults, calibrates thresholds per run and prints the effective configurations and scores.
import { array, NDArray } from "ndalias";

interface DetectorConfig {
  label: string;
  thresholds: NDArray;
  weights: NDArray;
  window: number;
}

const DEFAULTS: DetectorConfig = {
  label: "default",
  thresholds: array([0.2, 0.5, 0.8]),
  weights: array([1, 1, 1]),
  window: 4,
};

function resolveConfig(user: Partial<DetectorConfig>): DetectorConfig {
  const merged = { ...DEFAULTS, ...user };
  return {
    ...merged,
    thresholds: merged.thresholds.copy(),
    weights: merged.weights.copy(),
  };
}

function calibrate(config: DetectorConfig, noiseFloor: number): DetectorConfig {
  const thresholds = config.thresholds.add(noiseFloor);
  for (let i = 0; i < thresholds.size; i++) {
    thresholds.set(i, Math.min(0.99, thresholds.get(i)));
  }
  console.log(`calibrated ${config.label}:`, thresholds.tolist());
  return { ...config, thresholds };
}

function applyWeights(config: DetectorConfig, scores: NDArray): void {
  scores.imul(config.weights);
}

function classify(config: DetectorConfig, scores: NDArray): string[] {
  const levels = ["low", "medium", "high"];
  const out: string[] = [];
  for (let i = 0; i < scores.size; i++) {
    let level = "none";
    for (let k = 0; k < config.thresholds.size; k++) {
      if (scores.get(i) >= config.thresholds.get(k)) level = levels[k];
    }
    out.push(level);
  }
  return out;
}

function summary(config: DetectorConfig): string {
  const t = config.thresholds.tolist() as number[];
  return `${config.label} window=${config.window} thresholds=${t.map((v) => v.toFixed(2)).join("/")} weight sum=${config.weights.sum()}`;
}

const night = resolveConfig({ label: "night", window: 6 });

// Keep a handle on the weights for the log line, then boost the night weights.
const weightsBefore = night.weights;
console.log("night weights before boost:", weightsBefore.tolist());
night.weights.imul(1.5);
console.log("night weights after boost:", night.weights.tolist());

const nightCalibrated = calibrate(night, 0.05);

const rawScores = array([0.1, 0.45, 0.9]);
const weighted = rawScores.copy();
applyWeights(nightCalibrated, weighted);
console.log("raw scores:", rawScores.tolist(), "weighted:", weighted.tolist());
console.log("levels:", classify(nightCalibrated, weighted).join(", "));

// Explore a relaxed variant without touching the night configuration.
let relaxed: NDArray = nightCalibrated.thresholds;
relaxed = relaxed.mul(0.9);
relaxed.isub(0.01);
console.log("relaxed thresholds:", relaxed.tolist(), "night thresholds:", nightCalibrated.thresholds.tolist());

// Tighten the factory defaults; configurations resolved from now on see the new values.
DEFAULTS.thresholds.iadd(0.05);
const strict: DetectorConfig = { ...DEFAULTS, label: "strict" };
const late = resolveConfig({ label: "late", window: 2 });
late.thresholds.isub(0.02);
console.log("late thresholds:", late.thresholds.tolist());

const registry = new Map<string, DetectorConfig>([
  [night.label, night],
  [nightCalibrated.label + "-cal", nightCalibrated],
  [strict.label, strict],
  [late.label, late],
]);
for (const config of registry.values()) {
  console.log(summary(config));
}
console.log("strict levels:", classify(strict, rawScores).join(", "));
