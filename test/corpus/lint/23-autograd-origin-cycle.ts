// Minimal autograd variables: leaf variables point at themselves as their origin, derived ones at their source.
import { array, NDArray } from "ndalias";

class Variable {
  value: NDArray;
  grad: NDArray;
  origin: Variable;
  constructor(value: NDArray, origin?: Variable) {
    this.value = value;
    this.grad = value.mul(0);
    this.origin = origin ?? this; // expect: no-reference-cycle
  }
  scale(k: number): Variable {
    return new Variable(this.value.mul(k), this);
  }
  isLeaf(): boolean {
    return this.origin === this;
  }
}

const x = new Variable(array([1, 2, 3]));
const y = x.scale(2);
console.log("x leaf:", x.isLeaf(), "y leaf:", y.isLeaf(), "y:", y.value.tolist());
