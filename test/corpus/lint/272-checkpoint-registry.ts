// Checkpoints a chain of linear layers into nested object-dtype arrays, perturbs the live weights, and restores them from the checkpoint.
import { array, empty, ones, NDArray } from "ndalias";

class Linear {
  weight: NDArray;
  bias: NDArray;
  next: Linear | null = null;

  constructor(readonly name: string, fanIn: number, fanOut: number) {
    this.weight = ones([fanIn, fanOut]);
    this.bias = ones(fanOut);
  }
}

function chain(layers: Linear[]): Linear {
  for (let i = 0; i + 1 < layers.length; i++) {
    layers[i].next = layers[i + 1];
  }
  return layers[0];
}

function countLayers(head: Linear): number {
  let n = 0;
  for (let l: Linear | null = head; l !== null; l = l.next) n++;
  return n;
}

function checkpoint(head: Linear): NDArray {
  const ckpt = empty(countLayers(head), "object");
  let i = 0;
  for (let l: Linear | null = head; l !== null; l = l.next) {
    const entry = empty(2, "object");
    entry.set(0, l.weight.copy());
    entry.set(1, l.bias.copy());
    ckpt.set(i++, entry);
  }
  return ckpt;
}

function restore(head: Linear, ckpt: NDArray): void {
  let i = 0;
  for (let l: Linear | null = head; l !== null; l = l.next) {
    const entry = ckpt.get(i++) as NDArray;
    l.weight.assign(":", entry.get(0) as NDArray);
    l.bias.assign(":", entry.get(1) as NDArray);
  }
}

const head = chain([new Linear("in", 3, 4), new Linear("mid", 4, 4), new Linear("out", 4, 2)]);
const saved = checkpoint(head);
const reference = head.weight.copy();
const drift: number[] = [];

head.weight.imul(1.5);
head.next?.bias.fill(-1);
drift.push(head.weight.sub(reference).sum());
console.log("perturbed input weights:", head.weight.sum(), "drift:", drift);

const snapshots = empty(2, "object");
snapshots.set(0, saved);
snapshots.set(1, checkpoint(head));

restore(head, saved);
drift.push(head.weight.sub(reference).sum());
console.log("restored input weights:", head.weight.sum(), "drift:", drift);
console.log("snapshots kept:", snapshots.size, "mid bias:", head.next?.bias.tolist(), array([countLayers(head)]).tolist());
