// Paint program undo history: a generic Stack keeps layer snapshots, and the top layer is dimmed for a hover preview.
// runnable
import { array, zeros, NDArray } from "ndalias";

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

  pop(): T {
    const top = this.items.pop();
    if (top === undefined) throw new Error("pop on an empty stack");
    return top;
  }

  get depth(): number {
    return this.items.length;
  }
}

const canvas = zeros([3, 3]);
const history = new Stack<NDArray>();

history.push(canvas.copy());
canvas.set([1, 1], 9);
canvas.slice(0).fill(2);
history.push(canvas.copy());
console.log("history depth:", history.depth, "canvas total:", canvas.sum());

const sticker = array([
  [0, 4, 0],
  [4, 8, 4],
  [0, 4, 0],
]);
history.push(sticker);

const preview = history.peek();
preview.imul(0.5); // expect: no-alias-mutation
console.log("hover preview:", preview.tolist());

canvas.iadd(sticker);
console.log("canvas with sticker:", canvas.tolist());
console.log("sticker ink:", sticker.sum());

const undone = history.pop();
console.log("undone layer total:", undone.sum(), "remaining:", history.depth);
