// Resolves floor collisions and explosion impulses for rigid particles and prints their velocities and bounce counts.
import { array, zeros, NDArray } from "ndalias";

const RESTITUTION = 0.6;
const FLOOR_Y = 0;

interface Body {
  pos: NDArray;
  vel: NDArray;
  invMass: number;
  bounces: number;
}

function makeBody(x: number, y: number, vx: number, vy: number, mass: number): Body {
  return { pos: array([x, y]), vel: array([vx, vy]), invMass: 1 / mass, bounces: 0 };
}

function clampSpeed(vel: NDArray, vmax: number): void {
  const speed = Math.sqrt(vel.mul(vel).sum());
  if (speed > vmax) {
    for (let i = 0; i < vel.size; i++) {
      vel.data[i] = ((vel.data[i] as number) * vmax) / speed;
    }
  }
}

function reflected(vel: NDArray, normal: NDArray): NDArray {
  const vn = vel.mul(normal).sum();
  const out = vel.copy();
  out.isub(normal.mul(2 * vn));
  return out;
}

function bounceFloor(body: Body): void {
  if (body.pos.get(1) >= FLOOR_Y) return;
  body.pos.set(1, FLOOR_Y);
  const vy = body.vel.take([1]);
  vy.imul(-RESTITUTION); // expect: no-lost-write
  body.bounces += 1;
}

function bounceWall(body: Body, wallX: number): void {
  if (body.pos.get(0) <= wallX) return;
  body.pos.set(0, wallX);
  const bounced = reflected(body.vel, array([-1, 0]));
  bounced.imul(RESTITUTION);
  body.vel = bounced;
  body.bounces += 1;
}

export function applyImpulse(vel: NDArray, impulse: NDArray, invMass: number): number {
  vel.iadd(impulse.mul(invMass)); // expect: no-alias-mutation
  return Math.sqrt(vel.mul(vel).sum());
}

export function impulseFrom(center: NDArray, body: Body, strength: number): NDArray {
  const dir = body.pos.sub(center);
  const dist = Math.sqrt(dir.mul(dir).sum()) || 1;
  dir.imul(strength / (dist * dist));
  return dir;
}

function integrate(bodies: Body[], dt: number): void {
  for (const body of bodies) {
    body.vel.isub(array([0, 9.81 * dt]));
    body.pos.iadd(body.vel.mul(dt));
  }
}

const bodies: Body[] = [
  makeBody(0.0, 1.0, 1.0, 0.0, 1.0),
  makeBody(0.5, 0.2, -0.5, -2.0, 2.0),
  makeBody(1.0, 0.05, 0.3, -4.0, 0.5),
];

const blastCenter = array([0.5, -0.5]);
const peakSpeeds = zeros(bodies.length);
for (let i = 0; i < bodies.length; i++) {
  const kick = impulseFrom(blastCenter, bodies[i], 2.0);
  peakSpeeds.set(i, applyImpulse(bodies[i].vel, kick, bodies[i].invMass));
}

for (let step = 0; step < 20; step++) {
  integrate(bodies, 0.02);
  for (const body of bodies) {
    bounceFloor(body);
    bounceWall(body, 1.5);
    clampSpeed(body.vel, 8);
  }
}

console.log("speeds after the blast:", peakSpeeds.tolist());
for (const body of bodies) {
  console.log("pos:", body.pos.tolist(), "vel:", body.vel.tolist(), "bounces:", body.bounces);
}
