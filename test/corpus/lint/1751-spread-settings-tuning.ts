// Tunes per-class decision thresholds and class weights on copies of the detector settings and compares them with the defaults.
import { array, NDArray } from "ndalias";

interface DetectorSettings {
  name: string;
  thresholds: NDArray;
  classWeights: NDArray;
  nms: number;
}

const defaults: DetectorSettings = {
  name: "default",
  thresholds: array([0.5, 0.5, 0.5]),
  classWeights: array([1, 1, 2]),
  nms: 0.45,
};

function renamed(s: DetectorSettings, name: string): DetectorSettings {
  return { ...s, name };
}

function f1At(scores: NDArray, labels: NDArray, cls: number, threshold: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < scores.shape[0]; i++) {
    const predicted = scores.get(i, cls) >= threshold;
    const actual = labels.get(i) === cls;
    if (predicted && actual) tp++;
    else if (predicted) fp++;
    else if (actual) fn++;
  }
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

function weightedScore(settings: DetectorSettings, perClass: NDArray): number {
  return perClass.mul(settings.classWeights).sum() / settings.classWeights.sum();
}

const scores = array([
  [0.9, 0.05, 0.05],
  [0.2, 0.7, 0.1],
  [0.4, 0.35, 0.25],
  [0.1, 0.3, 0.6],
  [0.55, 0.15, 0.3],
  [0.05, 0.45, 0.5],
]);
const labels = array([0, 1, 1, 2, 0, 2]);
const candidates = [0.3, 0.4, 0.5, 0.6, 0.7];

// Strict settings get their own thresholds from an arithmetic result.
const strict: DetectorSettings = {
  ...defaults,
  name: "strict",
  thresholds: defaults.thresholds.add(0.2),
};
strict.thresholds.set(0, 0.85);
console.log("strict thresholds:", strict.thresholds.tolist());

// Tuned settings: search the best threshold per class.
const tuned = renamed(defaults, "tuned");
tuned.nms = 0.5;
const perClassF1 = array([0, 0, 0]);
for (let c = 0; c < 3; c++) {
  let best = defaults.thresholds.get(c);
  let bestF1 = -1;
  for (const t of candidates) {
    const f1 = f1At(scores, labels, c, t);
    if (f1 > bestF1) {
      bestF1 = f1;
      best = t;
    }
  }
  tuned.thresholds.set(c, best); // expect: no-alias-mutation
  perClassF1.set(c, bestF1);
}

// Re-weighted settings: double the weight of the rare class.
const weighted = Object.assign({}, defaults, { name: "weighted" });
weighted.classWeights.imul(array([1, 1, 2])); // expect: no-alias-mutation

console.log("tuned thresholds:", tuned.thresholds.tolist(), "nms:", tuned.nms);
console.log("tuned weighted F1:", weightedScore(weighted, perClassF1).toFixed(3));
console.log(
  "defaults:",
  defaults.name,
  defaults.thresholds.tolist(),
  "class weights:",
  defaults.classWeights.tolist(),
);
console.log("default weighted F1:", weightedScore(defaults, perClassF1).toFixed(3));
