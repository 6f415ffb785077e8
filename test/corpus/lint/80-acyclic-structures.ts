// Links a job queue without arrays into a ring, stores buffers in an object-dtype registry, and chains tensors forward only.
import { zeros, empty, array, NDArray } from "ndalias";

class Job {
  next: Job | null = null;
  constructor(readonly id: number) {}
}

function ring(n: number): Job {
  const first = new Job(0);
  let cur = first;
  for (let i = 1; i < n; i++) {
    const j = new Job(i);
    cur.next = j;
    cur = j;
  }
  cur.next = first;
  return first;
}

class Layer {
  weights: NDArray;
  next: Layer | null = null;
  constructor(n: number) {
    this.weights = zeros([n, n]);
  }
}

const l1 = new Layer(2);
const l2 = new Layer(2);
const l3 = new Layer(2);
l1.next = l2;
l2.next = l3;

const registry = empty(3, "object");
registry.set(0, l1.weights);
registry.set(1, l2.weights);
registry.set(2, array([1, 2, 3]));
const nested = empty(1, "object");
nested.set(0, registry);

let hops = 0;
for (let j: Job | null = ring(4).next; j && j.id !== 0; j = j.next) hops++;
console.log("ring hops:", hops, "chain ok:", l1.next?.next === l3, "registry size:", nested.get(0).size);
