// Moves a flock of boids with void in-place force helpers run from forEach, and records each frame's mean speed in a module ring buffer.
import { array, zeros, NDArray } from "ndalias";

interface Boid {
  readonly name: string;
  readonly pos: NDArray;
  readonly vel: NDArray;
}

const WORLD = 20;
const DT = 0.25;
const MAX_SPEED = 3;
const SPEED_LOG = zeros(8);
let logCursor = 0;

function spawn(name: string, x: number, y: number, vx: number, vy: number): Boid {
  return { name, pos: array([x, y]), vel: array([vx, vy]) };
}

function speed(b: Boid): number {
  return Math.hypot(b.vel.get(0), b.vel.get(1));
}

function applyWind(b: Boid, wind: NDArray): void {
  b.vel.iadd(wind);
}

function clampSpeed(b: Boid, maxSpeed: number): void {
  const s = speed(b);
  if (s > maxSpeed) b.vel.imul(maxSpeed / s);
}

function move(b: Boid, dt: number): void {
  b.pos.iadd(b.vel.mul(dt));
}

function wrap(b: Boid, size: number): void {
  for (let k = 0; k < 2; k++) {
    const x = b.pos.get(k);
    if (x < 0) b.pos.set(k, x + size);
    else if (x >= size) b.pos.set(k, x - size);
  }
}

function cohere(flock: readonly Boid[], strength: number): void {
  const centre = zeros(2);
  flock.forEach((b) => {
    centre.iadd(b.pos);
  });
  centre.idiv(flock.length);
  flock.forEach((b) => {
    b.vel.iadd(centre.sub(b.pos).mul(strength));
  });
}

function recordFrame(flock: readonly Boid[]): number {
  const mean = flock.reduce((acc, b) => acc + speed(b), 0) / flock.length;
  SPEED_LOG.set(logCursor % SPEED_LOG.size, mean);
  logCursor++;
  return mean;
}

function spread(flock: readonly Boid[]): number {
  const xs = flock.map((b) => b.pos.get(0));
  const ys = flock.map((b) => b.pos.get(1));
  return Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
}

function simulateFrame(flock: readonly Boid[], wind: NDArray): void {
  cohere(flock, 0.05);
  flock.forEach((b) => {
    applyWind(b, wind);
    clampSpeed(b, MAX_SPEED);
    move(b, DT);
    wrap(b, WORLD);
  });
}

const flock: Boid[] = [
  spawn("ada", 2, 3, 1, 0),
  spawn("bix", 5, 1, 0.5, 1.5),
  spawn("cam", 18, 17, -2, 0.5),
  spawn("dot", 10, 10, 0, -1),
];
const gust = array([0.4, -0.1]);

for (let frame = 0; frame < 10; frame++) {
  simulateFrame(flock, gust);
  const mean = recordFrame(flock);
  if (frame % 3 === 0) console.log(`frame ${frame}: mean speed ${mean.toFixed(2)}, spread ${spread(flock).toFixed(2)}`);
}

flock.forEach((b) => {
  b.vel.imul(0.5);
});

console.log("speed log:", SPEED_LOG.tolist());
console.log("gust:", gust.tolist());
for (const b of flock) console.log(b.name, "pos", b.pos.tolist(), "vel", b.vel.tolist());
