// Calibrates a thermometer table: offsets are corrected before any alias is taken, aliases are rebound before later writes, and a scratch alias is the only name read.
import { array, zeros, NDArray } from "ndalias";

const readings = array([20.4, 21.1, 19.8, 22.6]);
const offset = 0.3;
readings.isub(offset);
const published = readings;
console.log("published:", published.tolist(), "mean:", readings.mean());

let working = readings;
working = zeros(readings.size);
for (let i = 0; i < readings.size; i++) working.set(i, readings.get(i) * 1.8 + 32);
console.log("fahrenheit:", working.tolist(), "celsius:", readings.tolist());

let last = readings;
last = last.add(0);
last.set(0, -273.15);
console.log("sentinel row:", last.tolist(), "published again:", published.tolist());

function summary(x: NDArray): string {
  return `${x.min().toFixed(1)}..${x.max().toFixed(1)}`;
}

const scratch = zeros(3);
const view = scratch;
view.fill(7);
view.set(0, 1);
console.log("scratch range:", summary(view));
