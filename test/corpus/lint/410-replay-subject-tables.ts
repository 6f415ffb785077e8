// A replay subject keeps recent frames in an object-dtype ring buffer; request/response tables are linked for a debug dump.
// runnable
import { array, empty, NDArray, refcount, memoryStats } from "ndalias";

type Listener = (frame: NDArray) => void;

class ReplaySubject {
  readonly ring: NDArray;
  private cursor = 0;
  private listeners: Listener[] = [];

  constructor(capacity: number) {
    this.ring = empty(capacity, "object");
  }

  next(frame: NDArray): void {
    this.ring.set(this.cursor % this.ring.size, frame);
    this.cursor++;
    for (const l of this.listeners) l(frame);
  }

  subscribe(l: Listener): void {
    const count = Math.min(this.cursor, this.ring.size);
    for (let i = 0; i < count; i++) l(this.ring.get(i));
    this.listeners.push(l);
  }
}

function makeDebugTables(size: number): [NDArray, NDArray] {
  const requests = empty(size, "object");
  const responses = empty(size, "object");
  requests.set(0, responses);
  responses.set(0, requests); // expect: no-reference-cycle
  return [requests, responses];
}

const subject = new ReplaySubject(3);
subject.next(array([1, 2, 3]));
subject.next(array([4, 5, 6]));

const seen: number[] = [];
subject.subscribe((frame) => seen.push(frame.sum()));
subject.next(array([7, 8, 9]));
console.log("sums seen by the late subscriber:", seen);

const [requests, responses] = makeDebugTables(4);
requests.set(1, array([200, 404]));
responses.set(1, array([0.12, 0.48]));
console.log("request table references:", refcount(requests), "response table references:", refcount(responses));

requests.dispose();
responses.dispose();
subject.ring.dispose();
console.log("after teardown:", memoryStats());
