// Trains with early stopping, snapshotting the best weights seen so far and restoring them when validation loss stalls.
import { array, zeros, NDArray } from "ndalias";

class EarlyStopping {
  current: NDArray;
  best: NDArray;
  bestLoss = Infinity;
  stale = 0;
  constructor(init: NDArray, readonly patience: number) {
    this.current = init.copy();
    this.best = init.copy();
  }
  step(grad: NDArray, valLoss: number): boolean {
    if (valLoss < this.bestLoss) {
      this.bestLoss = valLoss;
      this.best = this.current.copy();
      this.stale = 0;
    } else if (++this.stale >= this.patience) {
      this.current.assign(":", this.best);
      return true;
    }
    this.current.isub(grad.mul(0.1));
    return false;
  }
}

const stopper = new EarlyStopping(zeros(3), 2);
const losses = [0.9, 0.7, 0.72, 0.75, 0.8];
for (const loss of losses) {
  if (stopper.step(array([0.5, -0.2, 0.1]), loss)) break;
}
console.log("restored weights:", stopper.current.tolist(), "best:", stopper.best.tolist());
