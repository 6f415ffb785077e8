// Mini neural-net trainer: every layer gets its own copy of the initial weights, decay runs in a void forEach callback, and best-so-far weights are kept as copies.
import { full, array, zeros, NDArray } from "ndalias";

interface Layer {
  weights: NDArray;
  bias: NDArray;
}

class Trainer {
  private readonly layers: Layer[];
  private best: NDArray[] = [];
  private bestLoss = Infinity;

  constructor(depth: number, width: number) {
    const init = full([width, width], 0.05);
    this.layers = [];
    for (let i = 0; i < depth; i++) {
      this.layers.push({ weights: init.copy(), bias: zeros(width) });
    }
  }

  forward(x: NDArray): NDArray {
    let h = x;
    for (const layer of this.layers) {
      const next = layer.bias.copy();
      for (let i = 0; i < next.size; i++) next.set(i, next.get(i) + layer.weights.slice(i).mul(h).sum());
      h = next;
    }
    return h;
  }

  loss(x: NDArray, target: NDArray): number {
    const err = this.forward(x).sub(target);
    return err.mul(err).mean();
  }

  decay(rate: number): void {
    this.layers.forEach((layer) => {
      layer.weights.imul(1 - rate);
    });
  }

  recordIfBest(loss: number): boolean {
    if (loss >= this.bestLoss) return false;
    this.bestLoss = loss;
    this.best = this.layers.map((l) => l.weights.copy());
    return true;
  }

  bestWeights(): NDArray[] {
    return this.best.map((w) => w.copy());
  }
}

const trainer = new Trainer(2, 3);
const x = array([1, -1, 0.5]);
const target = array([0.2, 0.1, 0.0]);
for (let epoch = 0; epoch < 3; epoch++) {
  const l = trainer.loss(x, target);
  trainer.recordIfBest(l);
  trainer.decay(0.1);
  console.log(`epoch ${epoch}: loss ${l.toFixed(5)}`);
}
const exported = trainer.bestWeights();
exported[0].imul(1000);
console.log("exported (scaled for int8):", exported[0].tolist(), "loss now:", trainer.loss(x, target).toFixed(5));
