// Particle physics script: steps a module-level particle state through helper functions that call helpers, and prints energy and positions.
import { array, zeros, NDArray } from "ndalias";
import { setTimeout as delay } from "node:timers/promises";

interface ParticleState {
  pos: NDArray;
  vel: NDArray;
  mass: NDArray;
}

const STATE: ParticleState = {
  pos: array([[0, 0], [1, 0], [0, 2], [3, 1]]),
  vel: array([[0.5, 0], [0, 0.5], [-0.2, 0.1], [0, -0.3]]),
  mass: array([1, 2, 1, 4]),
};
const WORLD = { gravity: -9.81, drag: 0.02, floor: 0, dt: 0.05 };
const SLOW_MOTION = { ...WORLD, dt: WORLD.dt / 4 };

function kineticEnergy(s: ParticleState): number {
  const v2 = s.vel.mul(s.vel);
  let e = 0;
  for (let i = 0; i < s.mass.size; i++) e += 0.5 * s.mass.get(i) * (v2.get(i, 0) + v2.get(i, 1));
  return e;
}

function applyDrag(s: ParticleState, drag: number): number {
  s.vel.imul(1 - drag); // expect: no-alias-mutation
  return kineticEnergy(s);
}

function applyGravity(s: ParticleState, g: number, dt: number): void {
  const vy = s.vel.slice(":", 1);
  vy.iadd(g * dt);
}

function integrate(s: ParticleState, dt: number): void {
  s.pos.iadd(s.vel.mul(dt));
}

function bounceOffFloor(s: ParticleState, floor: number): number {
  const heights = s.pos.slice(":", 1);
  let bounces = 0;
  for (let i = 0; i < heights.size; i++) {
    if (heights.get(i) < floor) {
      heights.set(i, floor); // expect: no-view-mutation
      s.vel.set([i, 1], -s.vel.get(i, 1)); // expect: no-alias-mutation
      bounces++;
    }
  }
  return bounces;
}

function step(s: ParticleState, cfg: typeof WORLD): number {
  applyGravity(s, cfg.gravity, cfg.dt);
  integrate(s, cfg.dt);
  return applyDrag(s, cfg.drag);
}

function centreOfMass(s: ParticleState): number[] {
  const weighted = s.pos.mul(s.mass.reshape(4, 1));
  const total = s.mass.sum();
  return [weighted.slice(":", 0).sum() / total, weighted.slice(":", 1).sum() / total];
}

function snapshot(s: ParticleState): ParticleState {
  return { pos: s.pos.copy(), vel: s.vel.copy(), mass: s.mass };
}

const initial = snapshot(STATE);
const trail: number[][] = [];

for (let t = 0; t < 4; t++) {
  await delay(1);
  const energy = step(STATE, t < 2 ? WORLD : SLOW_MOTION);
  trail.push(centreOfMass(STATE));
  console.log(`t=${t} energy=${energy.toFixed(4)}`);
}

console.log("bounces:", bounceOffFloor(STATE, WORLD.floor));
console.log("centre-of-mass trail:", trail.map(([x, y]) => `(${x.toFixed(2)}, ${y.toFixed(2)})`).join(" "));
console.log("start:", initial.pos.tolist(), "now:", STATE.pos.tolist());
console.log("velocities:", STATE.vel.tolist());
