// Order management: a FIFO queue of resting orders as a singly linked list, child strategies pointing at their parent allocator, and an object-dtype archive of fills.
import { array, empty, zeros, NDArray } from "ndalias";

class RestingOrder {
  next: RestingOrder | null = null;
  ticket: NDArray;
  constructor(price: number, qty: number) {
    this.ticket = array([price, qty]);
  }
}

class OrderQueue {
  head: RestingOrder | null = null;
  tail: RestingOrder | null = null;
  length = 0;

  push(order: RestingOrder): void {
    if (this.tail) {
      this.tail.next = order;
    } else {
      this.head = order;
    }
    this.tail = order;
    this.length++;
  }

  pop(): RestingOrder | null {
    const first = this.head;
    if (!first) return null;
    this.head = first.next;
    if (!this.head) this.tail = null;
    first.next = null;
    this.length--;
    return first;
  }
}

class Allocator {
  budget: NDArray;
  constructor(total: number, sleeves: number) {
    this.budget = zeros(sleeves);
    this.budget.fill(total / sleeves);
  }
}

class ChildStrategy {
  exposure: NDArray;
  constructor(readonly parent: Allocator, readonly sleeve: number) {
    this.exposure = zeros(1);
  }
  budgetLeft(): number {
    return this.parent.budget.get(this.sleeve) - this.exposure.get(0);
  }
}

export function archiveFills(orders: RestingOrder[]): NDArray {
  const archive = empty(orders.length, "object");
  orders.forEach((o, i) => archive.set(i, o.ticket));
  return archive;
}

const queue = new OrderQueue();
// The router hands over a pre-linked parent/child pair; enqueue it as one block.
const first = new RestingOrder(99.5, 200);
const second = new RestingOrder(99.4, 100);
first.next = second;
queue.push(first);
queue.tail = second;
queue.length++;
queue.push(new RestingOrder(99.3, 300));

const filled: RestingOrder[] = [];
let order = queue.pop();
while (order && filled.length < 2) {
  filled.push(order);
  order = queue.pop();
}

const allocator = new Allocator(1_000_000, 2);
const children = [new ChildStrategy(allocator, 0), new ChildStrategy(allocator, 1)];
children[0].exposure.set(0, 125_000);

const archive = archiveFills(filled);
console.log("archived tickets:", archive.size, "first:", (archive.get(0) as NDArray).tolist());
console.log("left in queue:", queue.length, "next price:", order?.ticket.get(0));
console.log("budget left:", children.map((c) => c.budgetLeft()));
