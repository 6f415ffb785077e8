// A checkpoint manager service that snapshots a model after each optimiser step; previews and reports are read before the model is written.
import { array, NDArray } from "ndalias";

interface Model {
  name: string;
  weights: NDArray;
  bias: number;
}

class CheckpointManager {
  private checkpoints: { step: number; weights: NDArray; bias: number }[] = [];

  save(step: number, model: Model): void {
    this.checkpoints.push({ step, weights: model.weights.copy(), bias: model.bias });
  }

  latest(): NDArray | null {
    const last = this.checkpoints[this.checkpoints.length - 1];
    return last ? last.weights.copy() : null;
  }

  describe(): string[] {
    return this.checkpoints.map(
      (c) => `step ${c.step}: ${(c.weights.tolist() as number[]).map((v) => v.toFixed(3)).join(", ")} | b=${c.bias.toFixed(3)}`,
    );
  }
}

function loss(model: Model, x: NDArray, y: NDArray): number {
  let total = 0;
  for (let i = 0; i < x.shape[0]; i++) {
    const e = x.slice(i).mul(model.weights).sum() + model.bias - y.get(i);
    total += e * e;
  }
  return total / x.shape[0];
}

function gradient(model: Model, x: NDArray, y: NDArray): NDArray {
  const g = array([0, 0]);
  for (let i = 0; i < x.shape[0]; i++) {
    const row = x.slice(i);
    const e = row.mul(model.weights).sum() + model.bias - y.get(i);
    g.iadd(row.mul((2 * e) / x.shape[0]));
  }
  return g;
}

const x = array([
  [1, 2],
  [2, 0.5],
  [0, 1],
  [3, 1],
]);
const y = array([5, 3, 2, 7]);
const model: Model = { name: "linreg", weights: array([0.1, 0.1]), bias: 0 };
const manager = new CheckpointManager();

for (let step = 1; step <= 3; step++) {
  // preview through a view, read only before the update
  const leading = model.weights.slice(":1");
  console.log(`step ${step}: leading weight ${leading.get(0).toFixed(3)}, loss ${loss(model, x, y).toFixed(3)}`);

  model.weights.isub(gradient(model, x, y).mul(0.05));
  model.bias -= 0.05 * (loss(model, x, y) > 1 ? 1 : 0);

  // names made after the write see the new values by design
  const current = model.weights;
  manager.save(step, model);
  console.log("  saved", current.tolist());
}

// a working draft: the spread shares the weights, so the field is rebound first
const draft = { ...model };
draft.weights = draft.weights.copy();
draft.weights.set(1, 0);
console.log("draft loss with second weight dropped:", loss(draft, x, y).toFixed(3));

// an alias rebound to an arithmetic result before any write
let shrunk = model.weights;
console.log("norm before shrink:", Math.sqrt(shrunk.mul(shrunk).sum()).toFixed(3));
shrunk = shrunk.mul(0.5);
shrunk.iadd(0.01);
console.log("shrunk:", shrunk.tolist());

// swap two buffers, then write the one that is now fresh
let best = manager.latest() ?? model.weights.copy();
let candidate = model.weights.add(0.2);
[best, candidate] = [candidate, best];
candidate.imul(0.9);
console.log("best:", best.tolist(), "candidate:", candidate.tolist());

console.log("model weights:", model.weights.tolist());
for (const line of manager.describe()) console.log(line);
