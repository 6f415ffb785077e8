// Network receive path: packets wait in a generic Queue; the head packet's header is scrubbed for logging and padding is cleared.
// runnable
import { array, NDArray } from "ndalias";

class Queue<T> {
  private items: T[] = [];

  enqueue(item: T): void {
    this.items.push(item);
  }

  front(): T {
    const head = this.items[0];
    if (head === undefined) throw new Error("front of an empty queue");
    return head;
  }

  dequeue(): T {
    const head = this.items.shift();
    if (head === undefined) throw new Error("dequeue from an empty queue");
    return head;
  }

  get length(): number {
    return this.items.length;
  }
}

const rx = new Queue<NDArray>();
rx.enqueue(array([0xab, 0x01, 17, 42, 99, 0, 0, 0], "uint8"));
rx.enqueue(array([0xab, 0x02, 5, 6, 7, 8, 0, 0], "uint8"));

const loggedHeader = rx.front().slice(":2").copy();
loggedHeader.set(1, 0);
console.log("log line header (sequence masked):", loggedHeader.tolist());

const head = rx.front();
const header = head.slice(":2");
console.log("sequence number:", header.get(1));
header.fill(0); // expect: no-view-mutation
console.log("head checksum:", head.sum() % 256);

rx.dequeue();
const next = rx.dequeue();
next.flatten().assign("-2:", 0); // expect: no-lost-write
console.log("next packet:", next.tolist(), "queued:", rx.length);
