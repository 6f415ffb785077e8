// Spark particle emitter for a welding effect: integrates particles, ages them and reports how far the sparks flew.
// runnable
import { array, zeros, full, NDArray } from "ndalias";

const COUNT = 8;
const NOZZLE = array([0, 1]);
const DRAG = 0.9;

const pos = zeros([COUNT, 2]);
const vel = zeros([COUNT, 2]);
const age = zeros(COUNT);
const lifetime = full(COUNT, 0.6);
let seed = 7;

function rand(): number {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
}

function emit(i: number): void {
  const angle = Math.PI / 4 + (rand() - 0.5) * 0.8;
  const speed = 3 + rand() * 2;
  pos.slice(i).assign(":", NOZZLE);
  vel.set([i, 0], Math.cos(angle) * speed);
  vel.set([i, 1], Math.sin(angle) * speed);
  age.set(i, 0);
  lifetime.set(i, 0.4 + rand() * 0.4);
}

function applyGravityAndDrag(v: NDArray, dt: number): void {
  v.slice(":", 1).isub(9.81 * dt);
  v.imul(DRAG);
}

function brightness(): NDArray {
  const remaining = lifetime.sub(age);
  remaining.idiv(lifetime);
  return remaining;
}

function deadParticles(): number[] {
  const dead: number[] = [];
  for (let i = 0; i < COUNT; i++) {
    if ((age.get(i) as number) >= (lifetime.get(i) as number)) dead.push(i);
  }
  return dead;
}

for (let i = 0; i < COUNT; i++) emit(i);
const dt = 0.05;

// Frame 1, done right: snapshot, integrate, measure.
const frameStart = pos.copy();
applyGravityAndDrag(vel, dt);
pos.iadd(vel.mul(dt));
age.iadd(dt);
const step1 = pos.sub(frameStart);
console.log("frame 1 mean step:", step1.mul(step1).sum() / COUNT);

// Frame 2.
const previous = pos;
applyGravityAndDrag(vel, dt);
pos.iadd(vel.mul(dt)); // expect: no-alias-mutation
const step2 = pos.sub(previous);
console.log("frame 2 mean step:", step2.mul(step2).sum() / COUNT);

const aged = age.copy();
aged.iadd(dt); // expect: no-lost-write

// Frames 3..20: respawn the sparks that burnt out.
let respawned = 0;
for (let frame = 3; frame <= 20; frame++) {
  applyGravityAndDrag(vel, dt);
  pos.iadd(vel.mul(dt));
  age.iadd(dt);
  for (const i of deadParticles()) {
    emit(i);
    respawned++;
  }
}

const glow = brightness();
console.log("respawned:", respawned);
console.log("brightness:", (glow.tolist() as number[]).map((b) => b.toFixed(2)).join(" "));
console.log("highest spark:", pos.slice(":", 1).max().toFixed(3), "oldest age:", age.max().toFixed(2));
