// Fits a two-weight linear model by gradient descent and keeps per-epoch weight snapshots in a registry to report drift.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface SnapshotRegistry {
  labels: string[];
  entries: Map<string, NDArray>;
  norms: Map<string, number>;
}

function createRegistry(): SnapshotRegistry {
  return { labels: [], entries: new Map(), norms: new Map() };
}

function recordSnapshot(reg: SnapshotRegistry, label: string, weights: NDArray): void {
  const frozen = weights.copy();
  reg.labels.push(label);
  reg.entries.set(label, frozen);
  reg.norms.set(label, Math.sqrt(frozen.mul(frozen).sum()));
}

function snapshotOf(reg: SnapshotRegistry, label: string): NDArray {
  const entry = reg.entries.get(label);
  if (!entry) {
    throw new Error(`no snapshot named "${label}" (have: ${reg.labels.join(", ")})`);
  }
  return entry.copy();
}

function predict(weights: NDArray, features: NDArray): NDArray {
  const rows = features.shape[0];
  const out = zeros(rows);
  for (let i = 0; i < rows; i++) {
    const row = features.slice(i);
    out.set(i, row.mul(weights).sum());
  }
  return out;
}

function gradient(weights: NDArray, features: NDArray, targets: NDArray): NDArray {
  const residual = predict(weights, features).sub(targets);
  const grad = zeros(weights.size);
  for (let j = 0; j < weights.size; j++) {
    const column = features.slice(":", j);
    grad.set(j, 2 * column.mul(residual).mean());
  }
  return grad;
}

function meanSquaredError(weights: NDArray, features: NDArray, targets: NDArray): number {
  const residual = predict(weights, features).sub(targets);
  return residual.mul(residual).mean();
}

const features = array([
  [1, 0.5],
  [1, 1.5],
  [1, 2.0],
  [1, 3.5],
  [1, 4.0],
]);
const targets = array([1.2, 2.1, 2.9, 4.4, 5.1]);
const weights = zeros(2);
const registry = createRegistry();
recordSnapshot(registry, "init", weights);

const learningRate = 0.05;
for (let epoch = 1; epoch <= 60; epoch++) {
  const grad = gradient(weights, features, targets);
  weights.isub(grad.mul(learningRate));
  if (epoch % 20 === 0) {
    recordSnapshot(registry, `epoch-${epoch}`, weights);
  }
}

const beforeShrink = weights.copy();
weights.imul(0.99);
console.log("shrunk weights:", weights.tolist(), "before shrink:", beforeShrink.tolist());

const initial = snapshotOf(registry, "init");
const drift = weights.sub(initial);
console.log("total drift from init:", drift.tolist());

for (const label of registry.labels) {
  const snap = snapshotOf(registry, label);
  const loss = meanSquaredError(snap, features, targets);
  console.log(`${label}: w=${JSON.stringify(snap.tolist())} |w|=${registry.norms.get(label)?.toFixed(4)} mse=${loss.toFixed(4)}`);
}

const rounded = snapshotOf(registry, "epoch-60");
rounded.imul(1000);
console.log("epoch-60 weights (x1000):", rounded.tolist());

const ranked = weights.flatten();
ranked.sort();
console.log("weights ascending:", ranked.tolist(), "final mse:", meanSquaredError(weights, features, targets).toFixed(4));
