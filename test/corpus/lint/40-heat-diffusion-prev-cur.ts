// Simulates 1-D heat diffusion along a rod with an explicit finite-difference scheme and prints the final profile.
import { zeros } from "ndalias";

const n = 8;
const alpha = 0.2;
const initial = zeros(n);
initial.set(4, 100);

let prev = initial.copy();
let cur = zeros(n);
for (let step = 0; step < 20; step++) {
  for (let i = 1; i < n - 1; i++) {
    cur.set(i, prev.get(i) + alpha * (prev.get(i - 1) - 2 * prev.get(i) + prev.get(i + 1))); // expect: no-alias-mutation
  }
  prev = cur;
}
console.log("final profile:", prev.tolist(), "initial heat:", initial.sum());
