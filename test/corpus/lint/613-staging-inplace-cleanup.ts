// Cleans the numeric columns of a staging table in place with void helpers, forEach callbacks and a chunk event listener before loading it.
import { EventEmitter } from "node:events";
import { array, NDArray } from "ndalias";

const staging: Record<string, NDArray> = {
  price: array([19.99, NaN, 4.5, 250, 12]),
  weight: array([0.5, 1.25, NaN, 30, 2]),
  stock: array([12, 0, 7, NaN, 3]),
};

function replaceNaN(col: NDArray, value: number): void {
  for (let i = 0; i < col.size; i++) {
    if (Number.isNaN(col.get(i))) col.set(i, value);
  }
}

function winsorize(col: NDArray, lowerRank: number, upperRank: number): void {
  const sorted = col.flatten();
  sorted.sort();
  const lo: number = sorted.get(lowerRank);
  const hi: number = sorted.get(Math.min(upperRank, sorted.size - 1));
  for (let i = 0; i < col.size; i++) {
    const v: number = col.get(i);
    col.set(i, Math.min(Math.max(v, lo), hi));
  }
}

const columns = Object.values(staging);
columns.forEach((col) => replaceNaN(col, 0));
columns.forEach((col) => winsorize(col, 0, 3));
columns.forEach((col) => col.isub(col.min()));

const loader = new EventEmitter();
loader.on("chunk", (chunk: NDArray, scale: number) => chunk.imul(scale));

const priceInCents = staging.price.copy();
loader.emit("chunk", priceInCents, 100);

for (const [name, col] of Object.entries(staging)) {
  console.log(`${name}:`, col.tolist(), "max:", col.max());
}
console.log("price in cents:", priceInCents.tolist());
