// Evaluates a binary fraud classifier NumPy-style: boolean masks built in loops, a normalised confusion matrix, per-class feature profiles and a threshold sweep.
import { array, zeros, NDArray } from "ndalias";

const FEATURES = ["amount", "hour", "merchant_risk"];

// y_pred = scores >= t
function thresholdMask(scores: NDArray, t: number): NDArray {
  const mask = zeros(scores.size, "uint8");
  for (let i = 0; i < scores.size; i++) {
    if (scores.get(i) >= t) mask.set(i, 1);
  }
  return mask;
}

function confusion(yTrue: NDArray, yPred: NDArray): NDArray {
  const cm = zeros([2, 2], "int32");
  for (let i = 0; i < yTrue.size; i++) {
    const t = yTrue.get(i);
    const p = yPred.get(i);
    cm.set([t, p], cm.get(t, p) + 1);
  }
  return cm;
}

// cm / cm.sum(axis=1, keepdims=True)
function rowNormalised(cm: NDArray): NDArray {
  const out = cm.astype("float64");
  for (let r = 0; r < out.shape[0]; r++) {
    const total = cm.slice(r).sum();
    if (total > 0) out.slice(r).idiv(total);
  }
  return out;
}

function indicesWhere(mask: NDArray, value: number): number[] {
  const idx: number[] = [];
  for (let i = 0; i < mask.size; i++) if (mask.get(i) === value) idx.push(i);
  return idx;
}

function f1(cm: NDArray): number {
  const tp = cm.get(1, 1);
  const fp = cm.get(0, 1);
  const fn = cm.get(1, 0);
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

const X = array([
  [120, 14, 0.1],
  [980, 2, 0.8],
  [45, 11, 0.2],
  [1500, 3, 0.9],
  [60, 16, 0.1],
  [700, 23, 0.6],
  [30, 9, 0.05],
  [2200, 1, 0.7],
  [85, 19, 0.3],
  [400, 22, 0.4],
]);
const yTrue = array([0, 1, 0, 1, 0, 1, 0, 1, 0, 0], "int32");
const scores = array([0.12, 0.91, 0.08, 0.77, 0.2, 0.45, 0.05, 0.88, 0.31, 0.52]);

// the operating point
const yPred = thresholdMask(scores, 0.5);
const cm = confusion(yTrue, yPred);
console.log("confusion matrix:", cm.tolist());
console.log("row-normalised:", rowNormalised(cm).tolist());
console.log("F1 at 0.5:", f1(cm).toFixed(3));

// per-class feature profiles: X[y == k] is a copy, so centring it in place is safe
const overallMean = zeros(FEATURES.length);
for (let j = 0; j < FEATURES.length; j++) overallMean.set(j, X.slice(":", j).mean());
for (const k of [0, 1]) {
  const rows = X.take(indicesWhere(yTrue, k), 0);
  rows.isub(overallMean);
  const profile = FEATURES.map((name, j) => `${name}=${rows.slice(":", j).mean().toFixed(2)}`);
  console.log(`class ${k} offsets from the overall mean:`, profile.join(", "));
}

// false positives for manual review, sorted by score (a sorted copy)
const fpIdx = indicesWhere(yPred, 1).filter((i) => yTrue.get(i) === 0);
const fpScores = scores.take(fpIdx);
fpScores.sort();
console.log("false-positive scores, ascending:", fpScores.tolist());

// threshold sweep over the sorted distinct scores
const candidates = scores.flatten();
candidates.sort();
let bestT = 0.5;
let bestF1 = f1(cm);
for (let i = 0; i < candidates.size; i++) {
  const t = candidates.get(i);
  const score = f1(confusion(yTrue, thresholdMask(scores, t)));
  if (score > bestF1) {
    bestF1 = score;
    bestT = t;
  }
}
console.log(`best threshold ${bestT} with F1 ${bestF1.toFixed(3)}`);
console.log("scores in original order:", scores.tolist());
