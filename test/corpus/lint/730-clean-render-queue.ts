// Tile render scheduler: a Queue holds pending tiles and a Stack keeps finished ones; previews and post-passes work on copies.
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
}

class Stack<T> {
  private items: T[] = [];
  push(item: T): void {
    this.items.push(item);
  }
  peek(): T {
    const top = this.items[this.items.length - 1];
    if (top === undefined) throw new Error("peek on an empty stack");
    return top;
  }
}

const pending = new Queue<NDArray>();
const finished = new Stack<NDArray>();
const archive = new Stack<NDArray>();

const skyTile = array([
  [0.2, 0.3],
  [0.4, 0.5],
]);
pending.enqueue(skyTile);
pending.enqueue(array([[0.9, 0.8], [0.7, 0.6]]));

const preview = pending.front().copy();
preview.imul(0.5);
console.log("preview:", preview.tolist(), "sky exposure:", skyTile.sum());

let graded = pending.front();
graded = graded.mul(1.1);
graded.iadd(0.05);
console.log("graded:", graded.tolist(), "sky:", skyTile.tolist());

const doneTile = pending.dequeue();
finished.push(doneTile);
const last = finished.peek();
console.log("last finished mean:", last.mean());
skyTile.fill(0);
console.log("sky tile cleared, total:", skyTile.sum());

const second = pending.dequeue();
second.slice(0).fill(1);
second.T.imul(0.5);
archive.push(second.flatten());
const flatTop = archive.peek();
console.log("second tile:", second.tolist(), "flattened:", flatTop.tolist());
