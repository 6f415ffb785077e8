// Ring buffers for a logging subsystem: a buffer that records itself as its own owner, a pair of object-dtype indices that point at each other, and an acyclic index.
import { zeros, empty, NDArray } from "ndalias";

class RingBuffer {
  readonly samples: NDArray;
  owner: RingBuffer | null = null;
  #head = 0;
  constructor(capacity: number) {
    this.samples = zeros(capacity);
  }
  push(v: number): void {
    this.samples.set(this.#head, v);
    this.#head = (this.#head + 1) % this.samples.size;
  }
  adopt(): this {
    this.owner = this; // expect: no-reference-cycle
    return this;
  }
}

class MirroredRing extends RingBuffer {
  mirror: RingBuffer | null = null;
  constructor(capacity: number) {
    super(capacity);
    this.mirror = new RingBuffer(capacity);
  }
}

function buildIndex(rings: RingBuffer[]): NDArray {
  const index = empty(rings.length, "object");
  rings.forEach((r, i) => index.set(i, r.samples));
  return index;
}

function crossLink(): [NDArray, NDArray] {
  const primary = empty(2, "object");
  const replica = empty(2, "object");
  primary.set(0, replica);
  replica.set(0, primary); // expect: no-reference-cycle
  return [primary, replica];
}

const log = new RingBuffer(4).adopt();
const mirrored = new MirroredRing(3);
[1, 2, 3, 4, 5].forEach((v) => log.push(v));
const idx = buildIndex([log, mirrored]);
const [p] = crossLink();
console.log("log:", log.samples.tolist(), "index size:", idx.size, "linked:", p.size, mirrored.mirror?.samples.size);
