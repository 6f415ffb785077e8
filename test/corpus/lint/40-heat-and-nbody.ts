// Simulates heat diffusion along a rod with a prev/cur scheme, then moves three bodies and accumulates their distances.
import { array, zeros } from "ndalias";

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

const pos = array([[0, 0], [1, 0], [0, 2]]);
const vel = array([[0.1, 0], [0, 0.2], [-0.1, -0.1]]);
const dt = 0.5;
let spread = 0;

for (let step = 0; step < 4; step++) {
  for (let i = 0; i < pos.shape[0]; i++) {
    const p = pos.slice(i);
    pos.slice(i).iadd(vel.slice(i).mul(dt)); // expect: no-view-mutation
    spread += Math.hypot(p.get(0), p.get(1));
  }
}
console.log("accumulated spread:", spread.toFixed(3));
