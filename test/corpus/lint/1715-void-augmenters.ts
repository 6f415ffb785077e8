// Training-batch augmentation with void in-place helpers: an object of helpers, a Map of augmenters, forEach callbacks and an event hook.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

const InPlace = {
  clip(x: NDArray, lo: number, hi: number): void {
    const [rows, cols] = x.shape;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const v = x.get(i, j);
        if (v < lo) x.set([i, j], lo);
        else if (v > hi) x.set([i, j], hi);
      }
    }
  },
  maskRow(x: NDArray, row: number): void {
    x.slice(row).fill(0);
  },
  maskBorder(x: NDArray): void {
    x.slice(0).fill(0);
    x.slice(-1).fill(0);
    x.slice(":", 0).fill(0);
    x.slice(":", -1).fill(0);
  },
  scale(x: NDArray, k: number): void {
    x.imul(k);
  },
};

type Augmenter = (x: NDArray) => void;

const augmenters = new Map<string, Augmenter>([
  ["flip-sign", (x) => x.imul(-1)],
  ["clip", (x) => InPlace.clip(x, -1, 1)],
  ["border", (x) => InPlace.maskBorder(x)],
  ["jitter", (x) => x.iadd(0.01)],
]);

function augment(x: NDArray, names: string[]): void {
  for (const name of names) {
    const fn = augmenters.get(name);
    if (fn === undefined) throw new Error(`unknown augmenter "${name}"`);
    fn(x);
  }
}

function batchStats(batches: NDArray[]): string {
  return batches.map((b) => `${b.mean().toFixed(3)}/${b.max().toFixed(2)}`).join(" ");
}

const hooks = new EventEmitter();
hooks.on("reject", (b: NDArray) => b.fill(0));
hooks.on("dropout", (b: NDArray, row: number) => InPlace.maskRow(b, row));

const batches = [
  array([[0.5, 1.4, -0.2], [0.9, -1.6, 0.3], [0.1, 0.2, 0.7]]),
  array([[2.0, 0.4, 0.1], [-0.3, 0.8, 0.6], [0.5, 0.5, 0.5]]),
  array([[0.0, 0.1, 0.2], [0.3, 0.4, 0.5], [0.6, 0.7, 0.8]]),
];
console.log("before:", batchStats(batches));

batches.forEach((b) => b.isub(b.mean()));
batches.forEach((b) => InPlace.clip(b, -1, 1));
console.log("centred and clipped:", batchStats(batches));

augment(batches[0], ["flip-sign", "jitter"]);
augment(batches[1], ["border"]);
console.log("augmented:", batchStats(batches));

hooks.emit("dropout", batches[2], 1);
hooks.emit("reject", batches[1]);
console.log("after hooks:", batchStats(batches));

// The NumPy idiom a[0] = 0 on a heat map that has no other names.
const heat = zeros([3, 3]);
heat.slice(1).fill(1);
heat.slice(":", 1).iadd(1);
heat.slice("1:, 1:").imul(2);
console.log("heat map:", heat.tolist(), "total:", heat.sum());

const scaled = batches[2].copy();
InPlace.scale(scaled, 10);
console.log("scaled copy:", scaled.tolist(), "original:", batches[2].tolist());
