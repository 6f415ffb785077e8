// Model graph bookkeeping: layers linked both ways for backpropagation, and an IIFE registry (object-dtype table) of the buffers each stage owns.
import { empty, zeros, ones, refcount, NDArray } from "ndalias";

class Layer {
  weights: NDArray;
  grad: NDArray;
  next: Layer | null = null;
  prev: Layer | null = null;
  constructor(readonly name: string, inputs: number, outputs: number) {
    this.weights = ones([inputs, outputs]).mul(0.1);
    this.grad = zeros([inputs, outputs]);
  }
  parameterCount(): number {
    return this.weights.size;
  }
}

const Graph = {
  link(a: Layer, b: Layer): void {
    a.next = b;
    b.prev = a; // expect: no-reference-cycle
  },
  build(sizes: number[]): Layer[] {
    const layers: Layer[] = [];
    for (let i = 1; i < sizes.length; i++) {
      layers.push(new Layer(`dense${i}`, sizes[i - 1], sizes[i]));
    }
    for (let i = 1; i < layers.length; i++) {
      Graph.link(layers[i - 1], layers[i]);
    }
    return layers;
  },
  totalParameters(first: Layer): number {
    let total = 0;
    for (let l: Layer | null = first; l !== null; l = l.next) {
      total += l.parameterCount();
    }
    return total;
  },
};

const Buffers = (() => {
  const table = empty(6, "object");
  const labels: string[] = [];
  return {
    register(label: string, a: NDArray): number {
      table.set(labels.length, a);
      labels.push(label);
      return labels.length - 1;
    },
    registerTable(): number {
      table.set(labels.length, table); // expect: no-reference-cycle
      labels.push("registry");
      return labels.length - 1;
    },
    describe(): string {
      return labels.map((l, i) => `${i}:${l}`).join(" ");
    },
    references(): number {
      return refcount(table);
    },
  };
})();

const Archive = (() => {
  const shelves = empty(2, "object");
  return {
    store(slot: number, item: NDArray): void {
      const box = empty(1, "object");
      box.set(0, item);
      shelves.set(slot, box);
    },
    occupied(): number {
      let n = 0;
      for (let i = 0; i < shelves.size; i++) {
        if (shelves.get(i) !== null && shelves.get(i) !== undefined) n++;
      }
      return n;
    },
  };
})();

const layers = Graph.build([4, 8, 8, 2]);
console.log("layers:", layers.map((l) => l.name).join(" -> "));
console.log("parameters:", Graph.totalParameters(layers[0]));

for (const layer of layers) {
  Buffers.register(`${layer.name}.weights`, layer.weights);
  Buffers.register(`${layer.name}.grad`, layer.grad);
}
Buffers.registerTable();
console.log("registry:", Buffers.describe(), "refs:", Buffers.references());

Archive.store(0, layers[0].weights.copy());
Archive.store(1, layers[1].weights.copy());
console.log("archived snapshots:", Archive.occupied());
