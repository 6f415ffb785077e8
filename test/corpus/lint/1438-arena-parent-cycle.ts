// Hierarchical scratch arenas for a layer-by-layer forward pass: arenas own a slab, know their parent, and are recycled through a free list.
import { array, zeros, NDArray } from "ndalias";

class Arena {
  readonly slab: NDArray;
  parent: Arena | null = null;
  lastChild: Arena | null = null;
  freeNext: Arena | null = null;
  private used = 0;

  constructor(readonly name: string, readonly capacity: number) {
    this.slab = zeros(capacity);
  }

  spawn(name: string, capacity: number): Arena {
    const child = new Arena(`${this.name}/${name}`, capacity);
    child.parent = this;
    this.lastChild = child; // expect: no-reference-cycle
    return child;
  }

  reserve(n: number): [number, number] {
    if (this.used + n > this.capacity) {
      throw new Error(`arena ${this.name} has ${this.capacity - this.used} slots left, asked for ${n}`);
    }
    const start = this.used;
    this.used += n;
    return [start, start + n];
  }

  reset(): void {
    this.used = 0;
    this.slab.fill(0);
  }

  depth(): number {
    let d = 0;
    for (let a = this.parent; a !== null; a = a.parent) d++;
    return d;
  }
}

class ArenaFreeList {
  private head: Arena | null = null;
  private count = 0;

  give(arena: Arena): void {
    arena.reset();
    arena.freeNext = this.head;
    this.head = arena;
    this.count++;
  }

  take(): Arena | null {
    const arena = this.head;
    if (arena !== null) {
      this.head = arena.freeNext;
      arena.freeNext = null;
      this.count--;
    }
    return arena;
  }

  get size(): number {
    return this.count;
  }
}

function denseRelu(input: NDArray, weights: number[][], out: NDArray): void {
  for (let j = 0; j < out.size; j++) {
    let acc = 0;
    for (let i = 0; i < input.size; i++) acc += weights[j][i] * input.get(i);
    out.set(j, Math.max(0, acc));
  }
}

const root = new Arena("net", 16);
const layer1 = root.spawn("layer1", 8);
const layer2 = root.spawn("layer2", 8);

const x = array([0.5, -1.0, 2.0]);
const W1 = [[0.2, 0.1, 0.4], [-0.3, 0.5, 0.2], [0.1, -0.1, 0.3], [0.6, 0.2, -0.4]];
const W2 = [[0.5, -0.2, 0.3, 0.1], [0.1, 0.4, -0.5, 0.2]];

const hidden = zeros(W1.length);
const output = zeros(W2.length);
denseRelu(x, W1, hidden);
denseRelu(hidden, W2, output);

const [h0, h1] = layer1.reserve(hidden.size);
layer1.slab.assign(`${h0}:${h1}`, hidden);
const [o0, o1] = layer2.reserve(output.size);
layer2.slab.assign(`${o0}:${o1}`, output);

console.log("hidden:", hidden.tolist(), "output:", output.tolist());
console.log(layer1.name, "depth", layer1.depth(), "slab total", layer1.slab.sum().toFixed(3));
console.log(layer2.name, "depth", layer2.depth(), "slab total", layer2.slab.sum().toFixed(3));

const free = new ArenaFreeList();
free.give(layer1);
free.give(layer2);
const reused = free.take();
console.log("free arenas:", free.size, "reused:", reused?.name, "cleared total:", reused?.slab.sum());
