// Keeps restore points of model weights in a generic checkpoint box, a frozen copy made by a static factory and a best-so-far tracker.
import { array, NDArray } from "ndalias";

class Checkpoint<T> {
  value: T;
  constructor(value: T) {
    this.value = value;
  }
}

class Frozen {
  weights: NDArray | null = null;
  static from(weights: NDArray): Frozen {
    const f = new Frozen();
    f.weights = weights;
    return f;
  }
}

class BestTracker {
  current: NDArray;
  best: NDArray;
  constructor(init: NDArray) {
    this.current = init.copy();
    this.best = this.current;
  }
  step(grad: NDArray): number {
    this.current.isub(grad); // expect: no-alias-mutation
    return this.best.sum();
  }
}

const weights = array([[0.1, 0.2], [0.3, 0.4]]);
const restorePoint = new Checkpoint(weights);
restorePoint.value.fill(0); // expect: no-alias-mutation
console.log("weights after clearing the restore point:", weights.tolist());

const frozen = Frozen.from(weights);
frozen.weights?.fill(1); // expect: no-alias-mutation
console.log("weights after filling the frozen copy:", weights.sum());

const safePoint = new Checkpoint(weights.copy());
safePoint.value.imul(2);
console.log("safe point:", safePoint.value.tolist(), "weights:", weights.tolist());
const tracker = new BestTracker(weights);
console.log("best after one step:", tracker.step(array([[0.01, 0.0], [0.0, 0.01]])));
