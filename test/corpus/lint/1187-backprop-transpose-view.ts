// One manual backprop step of a two-layer tanh network: computes both gradients, updates the weights and logs the hidden gradient.
// runnable
import { array, zeros, NDArray } from "ndalias";

function matvec(m: NDArray, v: NDArray): NDArray {
  const [rows, cols] = m.shape;
  const out = zeros(rows);
  for (let i = 0; i < rows; i++) {
    let acc = 0;
    for (let j = 0; j < cols; j++) acc += m.get(i, j) * v.get(j);
    out.set(i, acc);
  }
  return out;
}

function outer(a: NDArray, b: NDArray): NDArray {
  const out = zeros([a.size, b.size]);
  for (let i = 0; i < a.size; i++) {
    for (let j = 0; j < b.size; j++) out.set([i, j], a.get(i) * b.get(j));
  }
  return out;
}

function tanhVec(v: NDArray): NDArray {
  const out = v.copy();
  for (let i = 0; i < out.size; i++) out.set(i, Math.tanh(v.get(i)));
  return out;
}

function forward(W1: NDArray, W2: NDArray, x: NDArray): { hidden: NDArray; output: NDArray } {
  const hidden = tanhVec(matvec(W1, x));
  return { hidden, output: matvec(W2, hidden) };
}

// Layer weights: W1 is hidden x input, W2 is output x hidden.
const W1 = array([
  [0.1, -0.2, 0.3],
  [0.4, 0.0, -0.1],
  [-0.3, 0.2, 0.2],
  [0.05, 0.1, -0.4],
]);
const W2 = array([
  [0.3, -0.1, 0.2, 0.5],
  [-0.2, 0.4, 0.1, -0.3],
]);

const x = array([1.0, -0.5, 2.0]);
const target = array([0.5, -0.25]);
const lr = 0.5;

// The transposes used by the backward pass, taken once.
const W1T = W1.T.copy();
const W2T = W2.T;

const { hidden, output } = forward(W1, W2, x);
const dOut = output.sub(target).mul(2 / target.size);
const lossBefore = dOut.mul(dOut).sum();

// Output layer gradient and update.
const dW2 = outer(dOut, hidden);
W2.isub(dW2.mul(lr)); // expect: no-view-mutation

// Back-propagate through W2 into the hidden layer.
const dHiddenPre = matvec(W2T, dOut);
const dHidden = zeros(hidden.size);
for (let i = 0; i < hidden.size; i++) {
  const h = hidden.get(i);
  dHidden.set(i, dHiddenPre.get(i) * (1 - h * h));
}

const dW1 = outer(dHidden, x);
W1.isub(dW1.mul(lr));

// The copied transpose still describes the weights the forward pass used.
const inputSensitivity = matvec(W1T, dHidden);

const after = forward(W1, W2, x);
const residual = after.output.sub(target);
console.log("loss proxy before:", lossBefore.toFixed(5));
console.log("loss after:", residual.mul(residual).mean().toFixed(5));
console.log("hidden gradient:", dHidden.tolist());
console.log("input sensitivity:", inputSensitivity.tolist());
console.log("W1 row 0:", W1.slice(0).tolist(), "W2 row 0:", W2.slice(0).tolist());
console.log("W1 grad norm:", Math.sqrt(dW1.mul(dW1).sum()).toFixed(5));
