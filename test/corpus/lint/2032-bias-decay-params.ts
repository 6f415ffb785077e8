// Item bias maintenance: decays popularity scores for a weekly report, sets up an experiment's starting biases, and prints the catalogue state.
import { array, zeros, NDArray } from "ndalias";

type ExperimentState = {
  name: string;
  baseline: NDArray;
  uplift: number;
};

const itemBias = array([0.12, -0.05, 0.3, 0.08, -0.2, 0.15]);
const weeklyViews = array([340, 80, 910, 150, 20, 400]);
const categoryOf = [0, 1, 0, 2, 1, 2];

function categoryTotals(values: NDArray, categories: number[], nCategories: number): NDArray {
  const totals = zeros(nCategories);
  for (let i = 0; i < values.size; i++) {
    const c = categories[i];
    totals.set(c, totals.get(c) + values.get(i));
  }
  return totals;
}

// Returns the total decayed score used in the weekly report.
function decayedPopularity(views: NDArray, halfLifeWeeks: number): number {
  const factor = Math.pow(0.5, 1 / halfLifeWeeks);
  views.imul(factor); // expect: no-alias-mutation
  return views.sum();
}

// Same report, done on a private copy of the counts.
function decayedPopularityCopy(views: NDArray, halfLifeWeeks: number): number {
  const factor = Math.pow(0.5, 1 / halfLifeWeeks);
  const decayed = views.mul(factor);
  decayed.isub(decayed.min());
  return decayed.sum();
}

// Normalises the bias vector of a category into a fresh array.
function centeredBiases(bias: NDArray): NDArray {
  const centered = bias.sub(bias.mean());
  const spread = Math.max(centered.max(), -centered.min());
  if (spread > 0) centered.idiv(spread);
  return centered;
}

function describe(label: string, v: NDArray): string {
  return `${label}: [${(v.tolist() as number[]).map((x) => x.toFixed(3)).join(", ")}]`;
}

// --- weekly report ---
const reportTotal = decayedPopularity(weeklyViews, 2);
const reportTotalCopy = decayedPopularityCopy(weeklyViews, 2);
console.log("decayed total:", reportTotal.toFixed(1), "copy-based:", reportTotalCopy.toFixed(1));
console.log(describe("views by category", categoryTotals(weeklyViews, categoryOf, 3)));

// --- experiment setup ---
const experiment: ExperimentState = {
  name: "bias-uplift-v2",
  baseline: itemBias,
  uplift: 0.05,
};
experiment.baseline.iadd(experiment.uplift); // expect: no-alias-mutation

const control: ExperimentState = {
  name: "bias-control",
  baseline: itemBias.copy(),
  uplift: 0,
};
control.baseline.iadd(control.uplift);

console.log(describe(experiment.name, experiment.baseline));
console.log(describe(control.name, control.baseline));

// --- catalogue state ---
const centered = centeredBiases(itemBias);
const perCategory = categoryTotals(itemBias, categoryOf, 3);
console.log(describe("production bias", itemBias));
console.log(describe("centered bias", centered));
console.log(describe("bias per category", perCategory));

const flagged: number[] = [];
for (let i = 0; i < itemBias.size; i++) {
  if (itemBias.get(i) < 0 && weeklyViews.get(i) > 10) flagged.push(i);
}
console.log("items with negative bias and traffic:", flagged);
