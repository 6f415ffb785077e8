// Accumulates streaming sensor batches from an event emitter into running totals and prints the average batch.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

const bus = new EventEmitter();
const totals = zeros(3);
let batches = 0;

bus.on("batch", (batch: NDArray) => batch.imul(0.001));
bus.on("batch", (batch: NDArray) => {
  totals.iadd(batch);
  batches++;
});
bus.on("reset", () => totals.fill(0));

bus.emit("batch", array([1200, 800, 400]));
bus.emit("batch", array([1000, 900, 500]));
console.log("average batch (kV):", totals.div(batches).tolist());
bus.emit("reset");
console.log("after reset:", totals.tolist());
