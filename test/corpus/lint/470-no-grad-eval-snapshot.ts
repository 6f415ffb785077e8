// Trains a dense layer for one step with a recorded input, evaluates it under a no_grad flag and compares the weights before and after.
import { array, NDArray, zeros } from "ndalias";

let gradEnabled = true;

function noGrad<T>(fn: () => T): T {
  const previous = gradEnabled;
  gradEnabled = false;
  try {
    return fn();
  } finally {
    gradEnabled = previous;
  }
}

function matvec(w: NDArray, x: NDArray): NDArray {
  const out = zeros(w.shape[0]);
  for (let i = 0; i < w.shape[0]; i++) {
    let acc = 0;
    for (let j = 0; j < w.shape[1]; j++) acc += w.get(i, j) * x.get(j);
    out.set(i, acc);
  }
  return out;
}

class Dense {
  grad: NDArray;
  private lastInput: NDArray | null = null;

  constructor(public weight: NDArray) {
    this.grad = zeros(weight.shape);
  }

  forward(x: NDArray): NDArray {
    if (gradEnabled) this.lastInput = x.copy();
    return matvec(this.weight, x);
  }

  backward(gOut: NDArray): void {
    const x = this.lastInput;
    if (x === null) throw new Error("backward() needs a forward pass recorded with gradients enabled");
    for (let i = 0; i < this.grad.shape[0]; i++) {
      for (let j = 0; j < this.grad.shape[1]; j++) {
        this.grad.set([i, j], this.grad.get(i, j) + gOut.get(i) * x.get(j));
      }
    }
  }

  step(lr: number): number {
    this.weight.isub(this.grad.mul(lr));
    this.grad.fill(0);
    return this.weight.sum();
  }
}

const layer = new Dense(array([[0.5, -0.2], [0.1, 0.4]]));
const input = array([1, 2]);
const target = array([0, 1]);

const before = layer.weight.copy();
const weightT = layer.weight.T;
console.log("weights (transposed) before training:", weightT.tolist());

const out = layer.forward(input);
layer.backward(out.sub(target).mul(2));
const checksum = layer.step(0.1);

const evalOut = noGrad(() => layer.forward(input));

let diff: NDArray = before;
diff = layer.weight.sub(before);
diff.imul(100);

// Decoupled weight decay after the evaluation pass.
layer.weight.imul(0.99);

console.log("train output:", out.tolist(), "eval output:", evalOut.tolist());
console.log("weight checksum after step:", checksum.toFixed(4));
console.log("weights before:", before.tolist(), "change x100:", diff.tolist());
console.log("decayed weights:", layer.weight.tolist());
