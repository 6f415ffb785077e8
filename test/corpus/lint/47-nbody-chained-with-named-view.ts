// Moves three bodies under constant velocities and accumulates the distance of each body from the origin.
import { array } from "ndalias";

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
