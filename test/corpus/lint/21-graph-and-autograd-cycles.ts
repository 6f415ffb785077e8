// Object-dtype graph records that point at each other, and autograd variables whose leaves point at themselves as origin.
import { empty, array, NDArray } from "ndalias";

const nodeA = empty(2, "object");
const nodeB = empty(2, "object");
nodeA.set(0, array([1, 2, 3]));
nodeB.set(0, array([4, 5, 6]));
nodeA.set(1, nodeB);
nodeB.set(1, nodeA); // expect: no-reference-cycle

const featA = nodeA.get(0);
const neighbourFeat = nodeA.get(1).get(0);
console.log("A features:", featA.tolist(), "A's neighbour features:", neighbourFeat.tolist());

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
