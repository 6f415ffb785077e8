// Autograd ops that record an OpNode per result holding the arrays saved for backward: ReLU, scaling and a reverse pass.
import { array, full, NDArray, zeros } from "ndalias";

class Tensor {
  grad: NDArray;
  creator: OpNode | null = null;
  constructor(public value: NDArray) {
    this.grad = zeros(value.shape);
  }
}

class OpNode {
  output: Tensor | null = null;
  constructor(
    readonly op: "relu" | "scale",
    readonly inputs: Tensor[],
    readonly saved: NDArray,
  ) {}

  backward(gOut: NDArray): void {
    if (this.op === "relu") {
      const mask = this.saved.copy();
      for (let i = 0; i < mask.size; i++) {
        mask.set(i, this.saved.get(i) > 0 ? 1 : 0);
      }
      this.inputs[0].grad.iadd(gOut.mul(mask));
    } else {
      this.inputs[0].grad.iadd(gOut.mul(this.saved));
    }
  }
}

function relu(x: Tensor): Tensor {
  const act = x.value;
  for (let i = 0; i < act.size; i++) {
    if (act.get(i) < 0) {
      act.set(i, 0); // expect: no-alias-mutation
    }
  }
  const out = new Tensor(act);
  const node = new OpNode("relu", [x], x.value);
  out.creator = node;
  node.output = out; // expect: no-reference-cycle
  return out;
}

function scale(x: Tensor, k: number): Tensor {
  const out = new Tensor(x.value.mul(k));
  out.creator = new OpNode("scale", [x], full(x.value.shape, k));
  return out;
}

function backward(root: Tensor): void {
  root.grad.fill(1);
  const stack: Tensor[] = [root];
  while (stack.length > 0) {
    const t = stack.pop();
    if (t === undefined || t.creator === null) continue;
    t.creator.backward(t.grad);
    stack.push(...t.creator.inputs);
  }
}

const h = new Tensor(array([-1.5, 0.5, 2.0, -0.25]));
const a = relu(h);
const s = scale(a, 3);
backward(s);

console.log("pre-activation:", h.value.tolist());
console.log("activation:", a.value.tolist(), "scaled:", s.value.tolist());
console.log("dS/dh:", h.grad.tolist());
