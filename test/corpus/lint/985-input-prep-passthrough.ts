// Prepares model inputs: pass-through helpers coerce dtypes and pick default weights, features are standardised, and the raw inputs are logged for the audit trail.
// runnable
import { array, NDArray } from "ndalias";

const DEFAULT_WEIGHTS = array([2, 3, 5]);

interface Prepared {
  features: NDArray;
  weights: NDArray;
}

function asFloat64(x: NDArray): NDArray {
  return x.dtype === "float64" ? x : x.astype("float64");
}

function pickWeights(user: NDArray | undefined, fallback: NDArray): NDArray {
  return user !== undefined ? user : fallback;
}

function lastRow(m: NDArray): NDArray {
  return m.slice(-1);
}

function tap<T>(value: T, log: (v: T) => void): T {
  log(value);
  return value;
}

function standardizeCopy(x: NDArray): NDArray {
  const z = asFloat64(x).copy();
  z.isub(z.mean());
  z.idiv(Math.sqrt(z.mul(z).mean()) || 1);
  return z;
}

function prepare(raw: NDArray, userWeights?: NDArray): Prepared {
  const weights = pickWeights(userWeights, DEFAULT_WEIGHTS);
  weights.idiv(weights.sum()); // expect: no-alias-mutation
  return { features: standardizeCopy(raw), weights };
}

function audit(label: string): (x: NDArray) => void {
  return (x) => console.log(`[audit] ${label}:`, x.tolist());
}

const measurements = array([[4.0, 110, 0.7], [5.5, 130, 0.9], [3.2, 95, 0.4]]);

const features = asFloat64(tap(measurements, audit("loaded")));
features.isub(features.mean()); // expect: no-alias-mutation

const counts = array([[3, 1, 4], [1, 5, 9]], "int32");
const countFeatures = asFloat64(counts);
const countMeans = countFeatures.mean();
console.log("count mean:", countMeans);

const history = array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
const newest = lastRow(history);
newest.fill(0); // expect: no-view-mutation

const prepared = prepare(measurements);
console.log("prepared features:", prepared.features.tolist());
console.log("prepared weights:", prepared.weights.tolist());

const custom = prepare(measurements, array([1, 1, 2]));
console.log("custom weights:", custom.weights.tolist());

const weightedScores = measurements.mul(DEFAULT_WEIGHTS).sum();
console.log("weighted score with defaults:", weightedScores);
console.log("raw measurements:", measurements.tolist());
console.log("history totals:", history.sum(), "newest:", newest.tolist());

const summary = [measurements, counts, history].map((m) => ({
  shape: m.shape.join("x"),
  dtype: m.dtype,
  total: asFloat64(m).sum(),
}));
console.log("summary:", summary);

const copies = [measurements, history].map((m) => asFloat64(m).copy());
copies.forEach((c) => c.imul(2));
console.log("doubled copies:", copies.map((c) => c.sum()));
console.log("originals unchanged:", measurements.sum(), history.sum());

const ranked = [3, 1, 2].map((v) => array([v, v * 2]));
ranked.sort((a, b) => a.get(0) - b.get(0));
console.log("ranked:", ranked.map((r) => r.tolist()));

const normalisedDefaults = DEFAULT_WEIGHTS.div(DEFAULT_WEIGHTS.max());
console.log("defaults relative to max:", normalisedDefaults.tolist());
console.log("default weights now:", DEFAULT_WEIGHTS.tolist());
