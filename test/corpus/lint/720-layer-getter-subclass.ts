// A small layer hierarchy: the base layer hands out its weights through a getter, and subclasses derive scaled and pruned weights.
import { array, NDArray } from "ndalias";

abstract class Layer {
  protected weights: NDArray;

  constructor(init: number[][]) {
    this.weights = array(init);
  }

  get params(): NDArray {
    return this.weights;
  }

  norm(): number {
    const w = this.weights;
    return Math.sqrt(w.mul(w).sum());
  }

  abstract forward(x: NDArray): NDArray;
}

class Dense extends Layer {
  forward(x: NDArray): NDArray {
    return this.params.mul(x);
  }
}

class ScaledDense extends Dense {
  constructor(
    init: number[][],
    private readonly gain: number,
  ) {
    super(init);
  }

  effectiveWeights(): NDArray {
    const w = this.params;
    w.imul(this.gain); // expect: no-alias-mutation
    return w;
  }

  decay(rate: number): void {
    this.weights.imul(1 - rate);
  }
}

class PrunedDense extends Dense {
  constructor(
    init: number[][],
    private readonly threshold: number,
  ) {
    super(init);
  }

  prune(): void {
    for (let i = 0; i < this.weights.size; i++) {
      const v = this.weights.data[i] as number;
      if (Math.abs(v) < this.threshold) this.weights.data[i] = 0;
    }
  }

  zeroFirstUnit(): void {
    const unit = this.params.slice(0).copy();
    unit.fill(0); // expect: no-lost-write
  }
}

const input = array([1, 2]);

const layer = new ScaledDense([[0.5, -1.0], [2.0, 0.25]], 0.1);
console.log("output:", layer.forward(input).tolist(), "norm:", layer.norm());
const effective = layer.effectiveWeights();
console.log("effective weights:", effective.tolist());
layer.decay(0.01);
console.log("norm after decay:", layer.norm());

const pruned = new PrunedDense([[0.01, 3.0], [-2.0, 0.002]], 0.05);
pruned.prune();
pruned.zeroFirstUnit();
console.log("pruned output:", pruned.forward(input).tolist());
