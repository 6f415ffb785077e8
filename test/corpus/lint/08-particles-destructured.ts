// Advances a particle system with explicit Euler steps and reports kinetic energy and momentum, with and without damping.
import { array, NDArray } from "ndalias";

interface Particles {
  pos: NDArray;
  vel: NDArray;
  mass: number;
}

function kineticEnergy({ vel, mass }: Particles): number {
  return 0.5 * mass * vel.mul(vel).sum();
}

function eulerStep(p: Particles, force: NDArray, dt: number): void {
  p.vel.iadd(force.mul(dt / p.mass));
  p.pos.iadd(p.vel.mul(dt));
}

function dampedEnergy({ vel, mass }: Particles, damping: number): number {
  vel.imul(1 - damping); // expect: no-alias-mutation
  return 0.5 * mass * vel.mul(vel).sum();
}

function momentumNorm({ mass, ...kinematics }: Particles): number {
  kinematics.vel.imul(mass); // expect: no-alias-mutation
  return Math.sqrt(kinematics.vel.mul(kinematics.vel).sum());
}

const system: Particles = { pos: array([0, 0, 1]), vel: array([1, 0.5, 0]), mass: 2 };
const gravity = array([0, 0, -9.81]);
for (let t = 0; t < 3; t++) {
  eulerStep(system, gravity, 0.01);
  console.log(`step ${t}: KE=${kineticEnergy(system).toFixed(3)}`);
}
console.log("momentum:", momentumNorm(system));
console.log("with 5% damping:", dampedEnergy(system, 0.05), "position:", system.pos.tolist());
