// Integrates the 1-D wave equation with three rotating time-level buffers and prints the energy every ten steps.
import { zeros } from "ndalias";

let prev = zeros(10);
let cur = zeros(10);
let next = zeros(10);
cur.set(5, 1);
prev.set(5, 1);
const c2 = 0.25;

for (let t = 0; t < 30; t++) {
  for (let i = 1; i < 9; i++) {
    next.set(i, 2 * cur.get(i) - prev.get(i) + c2 * (cur.get(i - 1) - 2 * cur.get(i) + cur.get(i + 1)));
  }
  [prev, cur, next] = [cur, next, prev];
  if (t % 10 === 9) console.log(`t=${t + 1} energy=${cur.mul(cur).sum().toFixed(4)}`);
}
console.log("final displacement:", cur.tolist());
