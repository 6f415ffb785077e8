// A sequential network kept as a doubly linked chain of layers, with object-dtype parameter groups built for a weight-decay optimizer.
import { empty, full, NDArray } from "ndalias";

export class LinkedLayer {
  weights: NDArray;
  bias: NDArray;
  next: LinkedLayer | null = null;
  prev: LinkedLayer | null = null;

  constructor(readonly name: string, fanIn: number, fanOut: number, init = 0.5) {
    this.weights = full([fanIn, fanOut], init);
    this.bias = full(fanOut, init / 5);
  }
}

export class Sequential {
  head: LinkedLayer | null = null;
  tail: LinkedLayer | null = null;

  append(layer: LinkedLayer): this {
    const last = this.tail;
    if (last === null) {
      this.head = layer;
    } else {
      last.next = layer;
      layer.prev = last; // expect: no-reference-cycle
    }
    this.tail = layer;
    return this;
  }

  *layers(): Generator<LinkedLayer> {
    for (let l = this.head; l !== null; l = l.next) yield l;
  }

  parameterCount(): number {
    let n = 0;
    for (const l of this.layers()) n += l.weights.size + l.bias.size;
    return n;
  }
}

export function parameterGroups(model: Sequential): NDArray {
  const all = [...model.layers()];
  const decayed = empty(all.length + 1, "object");
  const undecayed = empty(all.length, "object");
  all.forEach((l, i) => {
    decayed.set(i, l.weights);
    undecayed.set(i, l.bias);
  });

  const groups = empty(2, "object");
  groups.set(0, decayed);
  groups.set(1, undecayed);
  decayed.set(all.length, groups); // expect: no-reference-cycle
  return groups;
}

export function decayStep(groups: NDArray, rate: number): void {
  const decayed = groups.get(0) as NDArray;
  for (let i = 0; i < decayed.size; i++) {
    const item: unknown = decayed.get(i);
    if (item instanceof NDArray && item !== groups) item.imul(1 - rate);
  }
}

const model = new Sequential()
  .append(new LinkedLayer("embed", 4, 3))
  .append(new LinkedLayer("hidden", 3, 3))
  .append(new LinkedLayer("head", 3, 1));

const groups = parameterGroups(model);
decayStep(groups, 0.1);
console.log("parameters:", model.parameterCount());
console.log("head weights after decay:", model.tail?.weights.tolist());
