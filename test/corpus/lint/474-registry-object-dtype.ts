// A hierarchical parameter registry built from object-dtype arrays, filled after a decoupled weight-decay step.
import { array, empty, NDArray, refcount, zeros } from "ndalias";

// Slot layout of every group: [weights, parent group or name].
function buildRegistry(encoderW: NDArray, decoderW: NDArray, bias: NDArray): NDArray {
  const root = empty(3, "object");
  const encoder = empty(2, "object");
  const decoder = empty(2, "object");
  encoder.set(0, encoderW);
  decoder.set(0, decoderW);
  root.set(0, encoder);
  root.set(1, decoder);
  root.set(2, bias);
  encoder.set(1, root); // expect: no-reference-cycle
  decoder.set(1, "root");
  return root;
}

function countArrays(group: NDArray): number {
  let n = 0;
  for (let i = 0; i < group.size; i++) {
    const entry = group.get(i);
    if (entry instanceof NDArray && entry.dtype !== "object") n += 1;
  }
  return n;
}

const encoderW = array([[0.4, -0.3], [0.2, 0.9]]);
const decoderW = array([[0.1, 0.5], [-0.6, 0.3]]);
const bias = zeros(2);
const grads = [array([[0.05, -0.1], [0.0, 0.2]]), array([[-0.3, 0.1], [0.1, 0.0]])];
const lr = 0.5;
const weightDecay = 0.01;

// AdamW-style decoupled decay, then the gradient step, for each weight matrix.
[encoderW, decoderW].forEach((w, k) => {
  const decayed = w.mul(1 - weightDecay);
  decayed.isub(grads[k].mul(lr)); // expect: no-lost-write
});

// The bias has no decay: it is updated in place.
bias.isub(array([0.02, -0.04]).mul(lr));

// Keep a shifted copy of the bias for the exported calibration table.
const calibratedBias = bias.copy();
calibratedBias.iadd(0.5);

const registry = buildRegistry(encoderW, decoderW, bias);
console.log("top-level arrays:", countArrays(registry), "refs to registry:", refcount(registry));
console.log("encoder weights:", encoderW.tolist());
console.log("decoder weights:", decoderW.tolist());
console.log("bias:", bias.tolist(), "calibrated:", calibratedBias.tolist());
