// Per-frame ECS physics systems (gravity, drag, floor bounce, wind) over packed component arrays, updated in place row by row.
import { array, zeros, NDArray } from "ndalias";

interface Body {
  id: number;
  vel: NDArray;
  spin: NDArray;
}

const GRAVITY = 9.81;
const FLOOR_Y = 0;

// Packed components: column 0 is x, column 1 is y.
const positions = array([
  [0, 10],
  [5, 2],
  [9, 0.5],
  [-3, 7],
]);
const velocities = array([
  [1, 0],
  [0, -4],
  [2, -1],
  [-1, 3],
]);
const restitution = array([0.8, 0.5, 0.9, 0.3]);
const SPEED_HISTORY = zeros(16);
let historyCursor = 0;

function gravitySystem(dt: number): void {
  velocities.slice(":", 1).isub(GRAVITY * dt);
}

function integrateSystem(dt: number): number {
  positions.iadd(velocities.mul(dt));
  return positions.slice(":", 1).min();
}

function floorSystem(): number {
  let bounces = 0;
  for (let e = 0; e < positions.shape[0]; e++) {
    if (positions.get(e, 1) < FLOOR_Y) {
      positions.slice(e, 1).fill(FLOOR_Y);
      velocities.slice(e, 1).imul(-restitution.get(e));
      bounces++;
    }
  }
  return bounces;
}

function recordSpeed(): number {
  const speed = Math.sqrt(velocities.mul(velocities).sum());
  if (historyCursor === SPEED_HISTORY.size) {
    SPEED_HISTORY.fill(0);
    historyCursor = 0;
  }
  SPEED_HISTORY.set(historyCursor++, speed);
  return SPEED_HISTORY.slice(`:${historyCursor}`).mean();
}

// Rigid bodies with their own component objects; the callbacks mutate each body on purpose.
const bodies: Body[] = [
  { id: 10, vel: array([3, 0]), spin: array([0.5]) },
  { id: 11, vel: array([0, 2]), spin: array([-1.5]) },
];

function dragSystem(k: number): void {
  bodies.forEach((b) => b.vel.imul(1 - k));
  bodies.forEach((b) => b.spin.imul(1 - 2 * k));
}

function windSystem(wind: NDArray): void {
  bodies.forEach((b) => {
    b.vel.iadd(wind);
  });
  velocities.slice(":", 0).iadd(wind.get(0));
}

const dt = 0.1;
for (let frame = 0; frame < 5; frame++) {
  gravitySystem(dt);
  const lowest = integrateSystem(dt);
  const bounces = floorSystem();
  dragSystem(0.05);
  windSystem(array([0.2, 0]));
  const avgSpeed = recordSpeed();
  console.log(
    `frame ${frame}: lowest y=${lowest.toFixed(2)} bounces=${bounces} avg speed=${avgSpeed.toFixed(2)}`,
  );
}

console.log("positions:", positions.tolist());
console.log("velocities:", velocities.tolist());
for (const b of bodies) {
  console.log(`body ${b.id}: vel=${JSON.stringify(b.vel.tolist())} spin=${b.spin.get(0).toFixed(3)}`);
}
