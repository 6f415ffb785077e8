// Fixed-capacity ring buffer of sensor samples: writes go through the buffer's own field at modular indices, readers always get copies in chronological order.
// runnable
import { zeros, NDArray } from "ndalias";

class RingBuffer {
  private readonly buf: NDArray;
  private head = 0;
  private count = 0;

  constructor(private readonly capacity: number) {
    this.buf = zeros(capacity);
  }

  push(value: number): this {
    this.buf.set(this.head, value);
    this.head = (this.head + 1) % this.capacity;
    this.count = Math.min(this.count + 1, this.capacity);
    return this;
  }

  pushAll(values: number[]): this {
    for (const v of values) this.push(v);
    return this;
  }

  ordered(): NDArray {
    const start = (this.head - this.count + this.capacity) % this.capacity;
    const idx: number[] = [];
    for (let i = 0; i < this.count; i++) idx.push((start + i) % this.capacity);
    return this.buf.take(idx);
  }

  latest(n: number): NDArray {
    const all = this.ordered();
    return all.slice(`${Math.max(0, all.size - n)}:`).copy();
  }

  clear(): void {
    this.buf.fill(0);
    this.head = 0;
    this.count = 0;
  }

  mean(): number {
    return this.count === 0 ? 0 : this.ordered().mean();
  }
}

const ring = new RingBuffer(5);
ring.pushAll([3, 1, 4, 1, 5, 9, 2]);
const chronological = ring.ordered();
console.log("ordered:", chronological.tolist(), "mean:", ring.mean());

const tail = ring.latest(3);
tail.isub(tail.mean());
console.log("centred tail:", tail.tolist());

chronological.sort();
console.log("sorted copy:", chronological.tolist(), "ring still:", ring.ordered().tolist());

ring.clear();
ring.push(7).push(8);
console.log("after clear:", ring.ordered().tolist(), "mean:", ring.mean());
