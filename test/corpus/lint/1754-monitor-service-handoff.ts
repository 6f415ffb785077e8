// A training loop hands its model to drift monitors and a normalisation service, takes SGD steps and prints the monitors' reports.
import { array, NDArray } from "ndalias";

interface Model {
  name: string;
  weights: NDArray;
}

class DriftMonitor {
  model: Model | null = null;
  baseline: NDArray | null = null;

  watch(model: Model): void {
    this.model = model;
    this.baseline = model.weights;
  }

  report(): string {
    if (!this.model || !this.baseline) return "nothing watched";
    const d = this.model.weights.sub(this.baseline);
    return `${this.model.name}: drift ${Math.sqrt(d.mul(d).sum()).toFixed(4)}`;
  }
}

class SnapshotMonitor {
  model: Model | null = null;
  baseline: NDArray | null = null;

  watch(model: Model): void {
    this.model = model;
    this.baseline = model.weights.copy();
  }

  report(): string {
    if (!this.model || !this.baseline) return "nothing watched";
    const d = this.model.weights.sub(this.baseline);
    return `${this.model.name}: drift ${Math.sqrt(d.mul(d).sum()).toFixed(4)}`;
  }
}

class BatchService {
  clip(batch: NDArray, limit: number): void {
    for (let i = 0; i < batch.size; i++) {
      const v = batch.data[i] as number;
      if (Math.abs(v) > limit) batch.data[i] = Math.sign(v) * limit;
    }
  }

  standardize(batch: NDArray): NDArray {
    batch.isub(batch.mean()); // expect: no-alias-mutation
    const sd = Math.sqrt(batch.mul(batch).mean()) || 1;
    return batch.div(sd);
  }
}

function gradient(model: Model, x: NDArray, y: NDArray): NDArray {
  const grad = array([0, 0, 0]);
  for (let i = 0; i < x.shape[0]; i++) {
    const row = x.slice(i);
    const err = row.mul(model.weights).sum() - y.get(i);
    grad.iadd(row.mul(2 * err / x.shape[0]));
  }
  return grad;
}

const features = array([
  [1, 0.5, -1],
  [0.2, 1.5, 0.3],
  [-0.7, 0.1, 2.4],
  [1.1, -0.4, 0.6],
]);
const targets = array([0.8, 1.9, 2.2, 0.5]);

const service = new BatchService();
service.clip(features, 2);
const scaledTargets = service.standardize(targets);

const model: Model = { name: "ridge", weights: array([0.1, 0.1, 0.1]) };
const monitor = new DriftMonitor();
const snapshots = new SnapshotMonitor();
monitor.watch(model);
snapshots.watch(model);

for (let epoch = 0; epoch < 5; epoch++) {
  const grad = gradient(model, features, scaledTargets);
  model.weights.isub(grad.mul(0.1)); // expect: no-alias-mutation
}

console.log("weights:", model.weights.tolist());
console.log("monitor baseline:", monitor.baseline?.tolist());
console.log("monitor:", monitor.report());
console.log("snapshots:", snapshots.report());
console.log("targets after standardisation:", targets.tolist());
