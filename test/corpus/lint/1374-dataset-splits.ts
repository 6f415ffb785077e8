// A dataset service normalises its table once, then hands train/validation views to a trainer and an evaluator that only read them.
import { array, ones, NDArray } from "ndalias";

class TabularDataset {
  readonly table: NDArray;
  private normalized = false;

  constructor(rows: number[][]) {
    this.table = array(rows);
  }

  normalize(): void {
    if (this.normalized) return;
    const mu = this.table.mean();
    this.table.isub(mu);
    this.table.idiv(this.table.max() - this.table.min() || 1);
    this.normalized = true;
  }

  split(trainRows: number): { train: NDArray; val: NDArray } {
    return { train: this.table.slice(`:${trainRows}`), val: this.table.slice(`${trainRows}:`) };
  }

  features(rows: NDArray): NDArray {
    return rows.slice(":, :-1");
  }

  labels(rows: NDArray): NDArray {
    return rows.slice(":, -1");
  }
}

class RidgeTrainer {
  constructor(private readonly lambda: number) {}

  fit(x: NDArray, y: NDArray): NDArray {
    const w = ones(x.shape[1]);
    for (let it = 0; it < 50; it++) {
      const grad = ones(x.shape[1]);
      for (let j = 0; j < x.shape[1]; j++) {
        let g = 0;
        for (let i = 0; i < x.shape[0]; i++) {
          const pred = x.slice(i).mul(w).sum();
          g += (pred - Number(y.get(i))) * Number(x.get(i, j));
        }
        grad.set(j, g / x.shape[0] + this.lambda * Number(w.get(j)));
      }
      w.isub(grad.mul(0.1));
    }
    return w;
  }
}

class Evaluator {
  mse(x: NDArray, y: NDArray, w: NDArray): number {
    let total = 0;
    for (let i = 0; i < x.shape[0]; i++) {
      const err = x.slice(i).mul(w).sum() - Number(y.get(i));
      total += err * err;
    }
    return total / x.shape[0];
  }

  perturbed(x: NDArray, noise: number): NDArray {
    const noisy = x.copy();
    noisy.slice(":", 0).iadd(noise);
    return noisy;
  }
}

const dataset = new TabularDataset([
  [0.5, 1.0, 2.1],
  [1.5, 0.2, 2.0],
  [2.0, 1.8, 4.2],
  [0.1, 0.3, 0.5],
  [1.2, 1.1, 2.6],
  [1.9, 0.4, 2.5],
]);
dataset.normalize();

const { train, val } = dataset.split(4);
const xTrain = dataset.features(train);
const yTrain = dataset.labels(train);
const xVal = dataset.features(val);
const yVal = dataset.labels(val);

const trainer = new RidgeTrainer(0.01);
const evaluator = new Evaluator();
const w = trainer.fit(xTrain, yTrain);
console.log("weights:", w.tolist());
console.log("train mse:", evaluator.mse(xTrain, yTrain, w).toFixed(4), "val mse:", evaluator.mse(xVal, yVal, w).toFixed(4));

const stressed = evaluator.perturbed(xVal, 0.2);
console.log("val mse under noise:", evaluator.mse(stressed, yVal, w).toFixed(4));

const scaledWeights = w.mul(2);
scaledWeights.idiv(2);
w.fill(0);
console.log("rescaled weights:", scaledWeights.tolist(), "zeroed:", w.sum());
console.log("normalised table checksum:", dataset.table.sum().toFixed(4));
