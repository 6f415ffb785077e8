// A neural module that lists its parameter tensors in an object-dtype table and also registers itself in that table.
import { zeros, empty, NDArray } from "ndalias";

class Module {
  weight: NDArray;
  bias: NDArray;
  table: NDArray;
  constructor(n: number) {
    this.weight = zeros([n, n]);
    this.bias = zeros(n);
    this.table = empty(3, "object");
    this.table.set(0, this.weight);
    this.table.set(1, this.bias);
    this.table.set(2, this); // expect: no-reference-cycle
  }
}

const m = new Module(3);
console.log("table size:", m.table.size, "weight entries:", m.weight.size);
