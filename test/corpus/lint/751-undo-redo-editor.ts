// Parameter editor with undo/redo: generic Stack<T> snapshots of the weights and a Queue<T> of pending edits.
import { array, zeros, NDArray } from "ndalias";

class Stack<T> {
  private items: T[] = [];
  push(item: T): void {
    this.items.push(item);
  }
  pop(): T | undefined {
    return this.items.pop();
  }
  peek(): T | undefined {
    return this.items[this.items.length - 1];
  }
  get size(): number {
    return this.items.length;
  }
  clear(): void {
    this.items.length = 0;
  }
}

class Queue<T> {
  private items: T[] = [];
  private head = 0;
  enqueue(item: T): void {
    this.items.push(item);
  }
  dequeue(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.head++;
    return item;
  }
  get length(): number {
    return this.items.length - this.head;
  }
}

interface Edit {
  index: number;
  delta: number;
  label: string;
}

class ParameterEditor {
  private weights: NDArray;
  private readonly undoStack = new Stack<NDArray>();
  private readonly redoStack = new Stack<NDArray>();
  private readonly pending = new Queue<Edit>();
  private readonly log: string[] = [];

  constructor(initial: NDArray) {
    this.weights = initial.copy();
  }

  schedule(edit: Edit): void {
    this.pending.enqueue(edit);
  }

  applyPending(): number {
    let applied = 0;
    let edit = this.pending.dequeue();
    while (edit !== undefined) {
      this.undoStack.push(this.weights.copy());
      this.weights.set(edit.index, this.weights.get(edit.index) + edit.delta);
      this.redoStack.clear();
      this.log.push(edit.label);
      applied++;
      edit = this.pending.dequeue();
    }
    return applied;
  }

  scale(k: number): void {
    this.undoStack.push(this.weights.copy());
    this.redoStack.clear();
    this.weights.imul(k);
    this.log.push(`scale x${k}`);
  }

  undo(): boolean {
    const previous = this.undoStack.pop();
    if (previous === undefined) return false;
    this.redoStack.push(this.weights);
    this.weights = previous;
    return true;
  }

  redo(): boolean {
    const next = this.redoStack.pop();
    if (next === undefined) return false;
    this.undoStack.push(this.weights);
    this.weights = next;
    return true;
  }

  snapshot(): NDArray {
    return this.weights.copy();
  }

  norm(): number {
    return Math.sqrt(this.weights.mul(this.weights).sum());
  }

  history(): string[] {
    return [...this.log];
  }
}

function decayedProfiles(steps: NDArray[], decay: number): NDArray[] {
  const work = new Stack<NDArray>();
  work.push(zeros(steps[0].size));
  const profiles: NDArray[] = [];
  for (const step of steps) {
    const top = work.pop();
    if (top === undefined) break;
    const next = top.add(step);
    next.imul(decay);
    profiles.push(next.copy());
    work.push(next);
  }
  return profiles;
}

const initial = array([0.5, -0.25, 1.0, 0.75]);
const editor = new ParameterEditor(initial);
editor.schedule({ index: 0, delta: 0.1, label: "nudge bias" });
editor.schedule({ index: 2, delta: -0.4, label: "shrink gain" });
console.log("applied edits:", editor.applyPending());

const beforeScale = editor.snapshot();
editor.scale(2);
beforeScale.iadd(1);
console.log("shifted pre-scale copy:", beforeScale.tolist());
console.log("norm after scale:", editor.norm().toFixed(4));

editor.undo();
console.log("after undo:", editor.snapshot().tolist());
editor.redo();
console.log("after redo:", editor.snapshot().tolist());
editor.undo();
editor.scale(0.5);
console.log("after undo then halve:", editor.snapshot().tolist(), "redo possible:", editor.redo());

initial.fill(0);
console.log("caller's initial vector reset:", initial.tolist(), "editor norm:", editor.norm().toFixed(4));
console.log("edit log:", editor.history().join(", "));

const steps = [array([1, 0, 0, 2]), array([0, 1, 1, 0]), array([2, 2, 0, 1])];
const profiles = decayedProfiles(steps, 0.9);
profiles[0].imul(10);
console.log("profiles:", profiles.map((p) => p.tolist()));
console.log("first step unchanged:", steps[0].tolist());
