// Steps a small 2-D particle system held in module state and reports per-step displacement, drag and kinetic energy.
import { array, zeros, NDArray } from "ndalias";

const DT = 0.1;
const GRAVITY = -9.81;
const FLOOR = 0;

let positions: NDArray = array([[0, 10], [1, 12], [2, 8], [3, 15]]);
let velocities: NDArray = array([[1, 0], [0.5, 2], [-1, 1], [0, -3]]);
const masses = array([1.0, 2.0, 0.5, 1.5]);

function kineticEnergy(): number {
  let total = 0;
  for (let p = 0; p < masses.size; p++) {
    const v = velocities.slice(p);
    total += 0.5 * masses.get(p) * v.mul(v).sum();
  }
  return total;
}

function applyGravity(): void {
  velocities.slice(":", 1).iadd(GRAVITY * DT);
}

function advance(): number {
  const previous = positions;
  positions.iadd(velocities.mul(DT)); // expect: no-alias-mutation
  const moved = positions.sub(previous);
  return Math.sqrt(moved.mul(moved).sum());
}

function bounce(): number {
  let bounces = 0;
  for (let p = 0; p < masses.size; p++) {
    if (positions.get(p, 1) < FLOOR) {
      positions.set([p, 1], FLOOR);
      velocities.set([p, 1], -0.8 * velocities.get(p, 1));
      bounces++;
    }
  }
  return bounces;
}

function applyDrag(coefficient: number): number {
  const horizontal = velocities.slice(":", 0);
  velocities.imul(1 - coefficient); // expect: no-view-mutation
  return horizontal.mean();
}

function centreOfMass(): NDArray {
  const weighted = zeros(2);
  for (let p = 0; p < masses.size; p++) {
    weighted.iadd(positions.slice(p).mul(masses.get(p)));
  }
  weighted.idiv(masses.sum());
  return weighted;
}

function resetSystem(): void {
  positions = array([[0, 10], [1, 12], [2, 8], [3, 15]]);
  velocities = zeros([4, 2]);
}

function recentre(): void {
  const com = centreOfMass();
  positions.isub(com);
}

console.log("initial energy:", kineticEnergy().toFixed(3));
for (let step = 0; step < 5; step++) {
  applyGravity();
  const displacement = advance();
  const bounced = bounce();
  const meanVx = applyDrag(0.02);
  console.log(
    `step ${step}: moved ${displacement.toFixed(4)}, bounces ${bounced}, ` +
      `mean vx ${meanVx.toFixed(3)}, energy ${kineticEnergy().toFixed(3)}`,
  );
}
console.log("centre of mass:", centreOfMass().tolist());

recentre();
console.log("recentred positions:", positions.tolist());

const settled = positions.copy();
resetSystem();
velocities.fill(0.5);
velocities.slice(":", 1).fill(0);
console.log("after reset, energy:", kineticEnergy().toFixed(3));
console.log("settled positions kept:", settled.slice(":", 1).tolist());
