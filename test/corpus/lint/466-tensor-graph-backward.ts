// A scalar autograd graph: tensors record parents and a backward closure, and backward() runs them in reverse topological order.
import { array, NDArray, zeros } from "ndalias";

class Tensor {
  grad: NDArray;
  parents: Tensor[] = [];
  backwardFn: (gOut: NDArray) => void = () => {};
  constructor(public value: NDArray, readonly label = "") {
    this.grad = zeros(value.shape);
  }
  zeroGrad(): void {
    this.grad.fill(0);
  }
}

function add(a: Tensor, b: Tensor): Tensor {
  const out = new Tensor(a.value.add(b.value), `(${a.label}+${b.label})`);
  out.parents = [a, b];
  out.backwardFn = (gOut) => {
    a.grad.iadd(gOut);
    b.grad.iadd(gOut);
  };
  return out;
}

function mul(a: Tensor, b: Tensor): Tensor {
  const out = new Tensor(a.value.mul(b.value), `(${a.label}*${b.label})`);
  out.parents = [a, b];
  out.backwardFn = (gOut) => {
    a.grad.iadd(gOut.mul(b.value));
    b.grad.iadd(gOut.mul(a.value));
  };
  return out;
}

function sum(a: Tensor): Tensor {
  const out = new Tensor(array([a.value.sum()]), `sum${a.label}`);
  out.parents = [a];
  out.backwardFn = (gOut) => {
    a.grad.iadd(gOut.get(0));
  };
  return out;
}

function backward(loss: Tensor): void {
  const order: Tensor[] = [];
  const seen = new Set<Tensor>();
  const visit = (t: Tensor): void => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const p of t.parents) visit(p);
    order.push(t);
  };
  visit(loss);
  loss.grad.fill(1);
  for (let i = order.length - 1; i >= 0; i--) {
    order[i].backwardFn(order[i].grad);
  }
}

const x = new Tensor(array([1, 2, 3]), "x");
const w = new Tensor(array([0.5, -1, 2]), "w");
const b = new Tensor(array([0.1, 0.1, 0.1]), "b");

const y = add(mul(x, w), b);
const loss = sum(mul(y, y));
backward(loss);
console.log("loss:", loss.value.get(0), "dL/dw:", w.grad.tolist());

// Report the gradient norm, keep a copy for comparison, then clear for the next pass.
const wGrad = w.grad;
const gradNorm = Math.sqrt(wGrad.mul(wGrad).sum());
const firstPassGrad = w.grad.copy();
w.grad.fill(0);
x.zeroGrad();
b.zeroGrad();

const loss2 = sum(mul(add(mul(x, w), b), x));
backward(loss2);
console.log("first-pass grad norm:", gradNorm.toFixed(3), "first-pass grad:", firstPassGrad.tolist());
console.log("second-pass dL/dw:", w.grad.tolist(), "dL/db:", b.grad.tolist());
