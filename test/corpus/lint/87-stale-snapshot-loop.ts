// A particle integrator remembers the state "before the run" for a displacement report, but keeps updating the same buffer in the loop.
import { array, NDArray } from "ndalias";

interface Particles {
  pos: NDArray;
  vel: NDArray;
}

function kineticEnergy(p: Particles): number {
  return 0.5 * p.vel.mul(p.vel).sum();
}

const sys: Particles = {
  pos: array([[0, 0], [1, 0], [0, 1]]),
  vel: array([[0.1, 0], [0, 0.2], [-0.1, -0.1]]),
};

const startPos = sys.pos;
const dt = 0.5;
const gravity = array([0, -0.98]);
for (let step = 0; step < 10; step++) {
  sys.vel.iadd(gravity.mul(dt));
  sys.pos.iadd(sys.vel.mul(dt)); // expect: no-alias-mutation
  if (step % 5 === 4) console.log(`step ${step}: KE ${kineticEnergy(sys).toFixed(3)}`);
}

const displacement = sys.pos.sub(startPos);
console.log("displacement:", displacement.tolist());
console.log("final vel:", sys.vel.tolist());
