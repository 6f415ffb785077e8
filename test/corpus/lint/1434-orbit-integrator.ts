// Integrates a planar two-body orbit with Euler and leapfrog steppers and compares their energy drift.
import { array, zeros, NDArray } from "ndalias";

const GM = 1.0;

const accel = (pos: NDArray) => {
  const r2 = pos.mul(pos).sum();
  const r3 = Math.pow(r2, 1.5);
  return pos.mul(-GM / r3);
};

const energy = (pos: NDArray, vel: NDArray) => 0.5 * vel.mul(vel).sum() - GM / Math.sqrt(pos.mul(pos).sum());

const Steppers = {
  // returns the trajectory of positions; works on fresh state
  leapfrog: (pos0: NDArray, vel0: NDArray, dt: number, steps: number) => {
    let pos = pos0.copy();
    let vel = vel0.copy();
    const path = zeros([steps + 1, 2]);
    path.assign(0, pos);
    for (let k = 0; k < steps; k++) {
      vel = vel.add(accel(pos).mul(dt / 2));
      pos = pos.add(vel.mul(dt));
      vel = vel.add(accel(pos).mul(dt / 2));
      path.assign(k + 1, pos);
    }
    return { path, pos, vel };
  },

  // explicit Euler, kept for comparison
  euler: (pos0: NDArray, vel0: NDArray, dt: number, steps: number) => {
    const pos = pos0;
    const vel = vel0.copy();
    for (let k = 0; k < steps; k++) {
      const a = accel(pos);
      pos.iadd(vel.mul(dt)); // expect: no-alias-mutation
      vel.iadd(a.mul(dt));
    }
    return { pos: pos.tolist(), vel: vel.tolist() };
  },
};

const body = {
  pos: array([1, 0]),
  vel: array([0, 1]),
};

const e0 = energy(body.pos, body.vel);
const lf = Steppers.leapfrog(body.pos, body.vel, 0.01, 628);
console.log("leapfrog end:", lf.pos.tolist(), "energy drift:", (energy(lf.pos, lf.vel) - e0).toExponential(2));

const eu = Steppers.euler(body.pos.copy(), body.vel, 0.01, 628);
console.log("euler end:", eu.pos, "velocity:", eu.vel);

// a quick manual nudge of the body before a second, short run
const { pos, vel } = body;
const kick = array([0, 0.05]);
vel.iadd(kick); // expect: no-alias-mutation
console.log("kicked energy:", energy(body.pos, body.vel).toFixed(4));

const short = Steppers.leapfrog(pos, vel, 0.02, 50);
const radii = (() => {
  const out = zeros(short.path.shape[0]);
  for (let k = 0; k < out.size; k++) {
    const p = short.path.slice(k);
    out.set(k, Math.sqrt(p.mul(p).sum()));
  }
  return out;
})();
console.log("radius range:", radii.min().toFixed(3), radii.max().toFixed(3));

// the apsides of the short run, from a rebinding-based scan
let best = radii.slice("0:1");
for (let k = 1; k < radii.size; k++) {
  if (radii.get(k) > best.get(0)) best = radii.slice(`${k}:${k + 1}`);
}
console.log("apoapsis radius:", best.get(0).toFixed(4));

const sampled = short.path.take([0, 10, 20, 30, 40, 50]);
sampled.imul(100);
console.log("sampled path (x100):", sampled.tolist());
export default Steppers;
