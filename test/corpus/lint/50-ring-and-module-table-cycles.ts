// Replay-buffer segments linked into a doubly linked ring, and a neural module that registers itself in its own parameter table.
import { zeros, empty, NDArray } from "ndalias";

class Segment {
  prev: Segment | null = null;
  next: Segment | null = null;
  readonly transitions: NDArray;
  constructor(capacity: number) {
    this.transitions = zeros([capacity, 4]);
  }
}

function makeRing(capacity: number): Segment {
  const a = new Segment(capacity);
  const b = new Segment(capacity);
  a.next = b;
  b.prev = a; // expect: no-reference-cycle
  return a;
}

const head = makeRing(8);
head.transitions.slice(0).fill(1);
console.log("head filled:", head.transitions.sum(), "has next:", head.next !== null);

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
