// Online learning service: a linear model behind predict/update/preview/export endpoints, with snapshots handed to callers.
import { array, NDArray } from "ndalias";

interface ModelState {
  weights: NDArray; // [classes, features]
  bias: NDArray; // [classes]
}

interface ModelSnapshot {
  version: number;
  weights: NDArray;
  bias: NDArray;
}

export class OnlineModel {
  private state: ModelState;
  private version = 0;

  constructor(weights: NDArray, bias: NDArray, private readonly lr: number) {
    this.state = { weights: weights.copy(), bias: bias.copy() };
  }

  predict(features: NDArray): number[] {
    const classes = this.state.weights.shape[0];
    const logits: number[] = [];
    for (let c = 0; c < classes; c++) {
      logits.push(this.state.weights.slice(c).mul(features).sum() + this.state.bias.get(c));
    }
    return logits;
  }

  update(features: NDArray, label: number): void {
    const logits = this.predict(features);
    const best = logits.indexOf(Math.max(...logits));
    if (best === label) return;
    this.state.weights.slice(label).iadd(features.mul(this.lr));
    this.state.weights.slice(best).isub(features.mul(this.lr));
    this.state.bias.set(label, this.state.bias.get(label) + this.lr);
    this.version += 1;
  }

  snapshot(): ModelSnapshot {
    return { version: this.version, weights: this.state.weights.copy(), bias: this.state.bias.copy() };
  }

  // What the weights would look like after `steps` rounds of L2 decay, without applying it.
  previewDecay(rate: number, steps: number): number[] {
    const { weights } = this.state;
    weights.imul(Math.pow(1 - rate, steps)); // expect: no-alias-mutation
    return [weights.min(), weights.max()];
  }

  // Flat int8 export for the edge runtime.
  exportQuantized(): { scale: number; data: number[] } {
    const flat = this.state.weights.ravel();
    const scale = Math.max(Math.abs(flat.max()), Math.abs(flat.min())) / 127 || 1;
    flat.idiv(scale); // expect: no-view-mutation
    return { scale, data: flat.astype("int8").tolist() as number[] };
  }

  // Same export, quantising a private copy.
  exportQuantizedSafe(): { scale: number; data: number[] } {
    const flat = this.state.weights.flatten();
    const scale = Math.max(Math.abs(flat.max()), Math.abs(flat.min())) / 127 || 1;
    flat.idiv(scale);
    return { scale, data: flat.astype("int8").tolist() as number[] };
  }

  load(snapshot: ModelSnapshot): void {
    this.state = { weights: snapshot.weights.copy(), bias: snapshot.bias.copy() };
    this.version = snapshot.version;
  }
}

const model = new OnlineModel(array([[0.2, -0.1, 0.4], [0.1, 0.3, -0.2]]), array([0, 0]), 0.05);

export function handleTrain(batch: Array<[number[], number]>): number {
  for (const [x, y] of batch) model.update(array(x), y);
  return model.snapshot().version;
}

export function handlePredict(x: number[]): { label: number; logits: number[] } {
  const logits = model.predict(array(x));
  return { label: logits.indexOf(Math.max(...logits)), logits };
}

const backup = model.snapshot();
console.log("version after training:", handleTrain([[[1, 0, 1], 1], [[0, 1, 0], 0], [[1, 1, 0], 1]]));
console.log("decay preview range:", model.previewDecay(0.01, 50));
console.log("int8 export:", model.exportQuantizedSafe());
console.log("prediction:", handlePredict([1, 0, 1]));
model.load(backup);
console.log("restored version:", backup.version, "prediction:", handlePredict([1, 0, 1]));
