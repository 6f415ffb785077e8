// Keeps restore points of model weights in a generic checkpoint box and a frozen copy made by a static factory.
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
