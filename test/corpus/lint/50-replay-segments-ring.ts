// Links replay-buffer segments into a doubly linked ring so the sampler can walk forward and backward.
import { zeros, NDArray } from "ndalias";

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
