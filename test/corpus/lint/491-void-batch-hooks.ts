// Preprocesses named batches in place: forEach callbacks centre them, a void helper clamps them, an event handler resets one, and summaries are printed.
// runnable
import { EventEmitter } from "node:events";
import { array, NDArray } from "ndalias";

const batches = new Map<string, NDArray>([
  ["train", array([1, 5, 9, 13, 2])],
  ["valid", array([2, 4, 6])],
  ["test", array([7, 3, 8, 1])],
]);

function clampInPlace(x: NDArray, lo: number, hi: number): void {
  for (let i = 0; i < x.size; i++) {
    x.set(i, Math.min(hi, Math.max(lo, x.get(i))));
  }
}

function zeroFirst(x: NDArray): void {
  const head = x.slice(":1");
  head.fill(0);
}

[...batches.values()].forEach((b) => b.isub(b.mean()));

for (const [name, batch] of batches) {
  clampInPlace(batch, -3, 3);
  console.log(`${name}:`, batch.tolist(), "sum", batch.sum().toFixed(2));
}

const bus = new EventEmitter();
bus.on("reset", (x: NDArray) => x.fill(0));
bus.on("shift", (x: NDArray, by: number) => x.iadd(by));

const valid = batches.get("valid");
if (valid) {
  bus.emit("shift", valid, 10);
  zeroFirst(valid);
  console.log("valid after shift:", valid.tolist());
  bus.emit("reset", valid);
  console.log("valid after reset:", valid.tolist());
}

report: {
  const train = batches.get("train");
  if (!train) break report;
  console.log("train range:", train.min(), "to", train.max());
}
