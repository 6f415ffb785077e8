// Validates a sensor batch with a helper that returns its argument, clamps the validated batch for display and averages the raw batch.
// runnable
import { array, NDArray, ShapeError } from "ndalias";

function requireRows(batch: NDArray, rows: number): NDArray {
  if (batch.shape[0] !== rows) throw new ShapeError(`expected ${rows} rows, got ${batch.shape[0]}`);
  return batch;
}

function sensorMeans(batch: NDArray): string {
  const out: number[] = [];
  for (let j = 0; j < batch.shape[1]; j++) out.push(batch.slice(":", j).mean());
  return out.map((m) => m.toFixed(2)).join(", ");
}

const rawBatch = array([[21.5, -40, 22.1], [23.0, 85.2, 22.8], [21.9, 22.4, 999]]);
const display = requireRows(rawBatch, 3);
const [lo, hi] = [0, 50];
for (let i = 0; i < display.shape[0]; i++) {
  for (let j = 0; j < display.shape[1]; j++) {
    const v = display.get(i, j);
    if (v < lo || v > hi) {
      display.set([i, j], v < lo ? lo : hi); // expect: no-alias-mutation
    }
  }
}

console.log("display:", display.tolist());
console.log("raw sensor means:", sensorMeans(rawBatch));
