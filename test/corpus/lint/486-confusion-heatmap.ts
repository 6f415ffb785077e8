// Builds a confusion matrix, keeps a transposed view for per-prediction totals, then clears the diagonal for an error heat map.
// runnable
import { zeros, NDArray } from "ndalias";

const CLASSES = ["cat", "dog", "bird"] as const;
const truth = [0, 1, 2, 1, 0, 2, 2, 1, 0, 1];
const predicted = [0, 2, 2, 1, 0, 1, 2, 1, 1, 1];

function confusionMatrix(t: number[], p: number[], k: number): NDArray {
  const m = zeros([k, k]);
  for (const [i, actual] of t.entries()) {
    m.set([actual, p[i]], m.get(actual, p[i]) + 1);
  }
  return m;
}

function accuracy(m: NDArray): number {
  return m.diagonal().sum() / m.sum();
}

const confusion = confusionMatrix(truth, predicted, CLASSES.length);
const byPrediction = confusion.T;

const recall = new Map<string, number>();
for (const [k, name] of CLASSES.entries()) {
  recall.set(name, confusion.get(k, k) / confusion.slice(k).sum());
}
for (const [name, r] of recall) console.log(`recall[${name}] = ${r.toFixed(2)}`);
console.log("accuracy:", accuracy(confusion).toFixed(2));
const precision = CLASSES.map((_, j) => confusion.get(j, j) / byPrediction.slice(j).sum());
console.log("precision:", precision.map((p) => p.toFixed(2)).join(", "));

// error heat map: only the off-diagonal cells matter
for (let k = 0; k < CLASSES.length; k++) {
  confusion.set([k, k], 0); // expect: no-view-mutation
}
console.log("errors:", confusion.tolist());

const predictedTotals = CLASSES.map((_, j) => byPrediction.slice(j).sum());
console.log("predictions per class:", predictedTotals);
