// Append-only segment log for a time-series database: segments hold sample blocks, link forward to the next segment and back to the previous one, and an index keeps sealed blocks.
import { empty, zeros, NDArray } from "ndalias";

class Segment {
  readonly values: NDArray;
  used = 0;
  next: Segment | null = null;
  prev: Segment | null = null;
  constructor(readonly id: number, capacity: number) {
    this.values = zeros(capacity);
  }
  get full(): boolean {
    return this.used === this.values.size;
  }
}

class SegmentLog {
  readonly head: Segment;
  tail: Segment;
  readonly sealed: NDArray = empty(8, "object");
  private sealedCount = 0;

  constructor(readonly capacity: number) {
    this.head = new Segment(0, capacity);
    this.tail = this.head;
  }

  append(sample: number): void {
    if (this.tail.full) this.roll();
    this.tail.values.set(this.tail.used, sample);
    this.tail.used++;
  }

  private roll(): void {
    const last = this.tail;
    const seg = new Segment(last.id + 1, this.capacity);
    last.next = seg;
    seg.prev = last; // expect: no-reference-cycle
    this.sealed.set(this.sealedCount++, last.values);
    this.tail = seg;
  }

  total(): number {
    let sum = 0;
    for (let s: Segment | null = this.head; s !== null; s = s.next) sum += s.values.slice(`:${s.used}`).sum();
    return sum;
  }
}

class Checkpoint {
  constructor(readonly log: SegmentLog, readonly at: number, readonly previous: Checkpoint | null) {}
}

const log = new SegmentLog(3);
let cp: Checkpoint | null = null;
for (let i = 1; i <= 8; i++) {
  log.append(i * 1.5);
  if (i % 3 === 0) cp = new Checkpoint(log, log.total(), cp);
}
console.log("total:", log.total(), "sealed blocks:", log.sealed.size, "last checkpoint:", cp?.at);
