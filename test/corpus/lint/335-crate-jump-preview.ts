// Places a crate in the world with a 4x4 model matrix, previews where a jump would land it and prints the matrix and spawn point.
// runnable
import { eye, array, NDArray } from "ndalias";

function formatVec(v: NDArray): string {
  const values: number[] = [];
  for (let i = 0; i < v.size; i++) values.push(Math.round(v.get(i) * 100) / 100);
  return `(${values.join(", ")})`;
}

const model = eye(4);
model.slice(":3", ":3").imul(0.5);
model.assign(":3, 3", array([4, 0, -6]));

const spawnPoint = model.slice(":3", 3).copy();
console.log("spawn point:", formatVec(spawnPoint));

// Ballistic preview: where would the crate be after a short hop?
const gravity = -9.81;
const dt = 0.1;
let vy = 4.0;
const landing = model.slice(":3", 3);
for (let step = 0; step < 3; step++) {
  vy += gravity * dt;
  landing.set(1, landing.get(1) + vy * dt); // expect: no-view-mutation
}
console.log("preview landing:", formatVec(landing));

// The renderer still draws the crate from the model matrix.
const modelRows = model.tolist();
console.log("model matrix:", JSON.stringify(modelRows));
console.log("distance from spawn:", Math.abs(model.get(1, 3) - spawnPoint.get(1)).toFixed(3));

// A second crate stacked on top of the first one, built from its own copy of the matrix.
const stacked = model.copy();
stacked.set([1, 3], stacked.get(1, 3) + 1.0);
stacked.slice(":3", ":3").imul(0.8);
console.log("stacked crate:", JSON.stringify(stacked.tolist()));

const crates: NDArray[] = [model, stacked];
const heights = crates.map((m) => m.get(1, 3));
console.log("crate heights:", heights.map((h) => h.toFixed(2)).join(", "));
