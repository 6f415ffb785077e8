// Simulates a rod heated by a slowly ramping heater, ping-ponging between two temperature buffers.
import { zeros } from "ndalias";

const n = 8;
const alpha = 0.2;
let temp = zeros(n);
let next = zeros(n);
const heater = zeros(n);

for (let step = 0; step < 20; step++) {
  for (let i = 1; i < n - 1; i++) {
    const lap = temp.get(i - 1) - 2 * temp.get(i) + temp.get(i + 1);
    next.set(i, temp.get(i) + alpha * lap + heater.get(i));
  }
  heater.set(n >> 1, Math.min(1, 0.1 * step));
  [temp, next] = [next, temp];
}
console.log("temperature:", temp.tolist(), "heater:", heater.tolist());
