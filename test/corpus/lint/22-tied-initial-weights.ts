// Builds encoder/decoder layers and an optimiser state from shared initial weights and trains the encoder for one step.
import { array, NDArray } from "ndalias";

class Dense {
  weights: NDArray;
  constructor(weights: NDArray, readonly name: string) {
    this.weights = weights;
  }
}

class SafeDense {
  weights: NDArray;
  constructor(weights: NDArray) {
    this.weights = weights.copy();
  }
}

function makeOptimiserState(params: NDArray): { params: NDArray; step: number } {
  return { params, step: 0 };
}

const init = array([[0.1, 0.2], [0.3, 0.4]]);
const grad = array([[0.01, 0.0], [0.0, 0.02]]);

const safeEncoder = new SafeDense(init);
const safeDecoder = new SafeDense(init);
safeEncoder.weights.isub(grad);
console.log("safe decoder:", safeDecoder.weights.tolist());

const encoder = new Dense(init, "encoder");
const decoder = new Dense(init, "decoder");
encoder.weights.isub(grad); // expect: no-alias-mutation
console.log(decoder.name, "weights:", decoder.weights.tolist());

const state = makeOptimiserState(init);
state.params.imul(0.9); // expect: no-alias-mutation
state.step++;
console.log("initial weights:", init.tolist(), "step:", state.step);
