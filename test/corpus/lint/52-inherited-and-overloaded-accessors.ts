// A layer hierarchy whose subclass rescales weights fetched through the base class, plus an overloaded identity helper.
import { array, zeros, NDArray } from "ndalias";

class BaseLayer {
  weights = zeros(3);
  getWeights(): NDArray {
    return this.weights;
  }
}

class ScaledLayer extends BaseLayer {
  rescale(k: number): number {
    const w = super.getWeights();
    w.imul(k); // expect: no-alias-mutation
    return this.weights.sum();
  }
}

function passThrough(x: NDArray): NDArray;
function passThrough(x: number): number;
function passThrough(x: NDArray | number): NDArray | number {
  return x;
}

const layer = new ScaledLayer();
layer.weights.fill(1);
console.log("rescaled total:", layer.rescale(2));

const logits = array([2.0, -1.0, 0.5]);
const shown = passThrough(logits);
shown.imul(10); // expect: no-alias-mutation
console.log("shown:", shown.tolist(), "logits:", logits.tolist());
