// Steering toolkit with in-place helpers: forces, arena clamping and damping, driven by a physics tick and explosion events.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

interface Mover {
  name: string;
  pos: NDArray;
  vel: NDArray;
  maxSpeed: number;
}

const ARENA_HALF = 15;
const GRAVITY = array([0, -4]);

function applyForce(vel: NDArray, force: NDArray, dt: number): void {
  vel.iadd(force.mul(dt));
}

function clampToArena(pos: NDArray, half: number): void {
  for (let i = 0; i < pos.size; i++) {
    const v = pos.data[i] as number;
    pos.data[i] = Math.max(-half, Math.min(half, v));
  }
}

function truncate(vel: NDArray, maxSpeed: number): void {
  const speed = Math.sqrt(vel.mul(vel).sum());
  if (speed > maxSpeed) vel.imul(maxSpeed / speed);
}

function killVerticalSpeed(vel: NDArray): void {
  const vy = vel.slice("1:");
  vy.fill(0);
}

function landIfBelowFloor(m: Mover, floor: number): void {
  if (m.pos.get(1) < floor) {
    m.pos.set(1, floor);
    killVerticalSpeed(m.vel);
  }
}

function physicsTick(movers: Mover[], dt: number): void {
  for (const m of movers) {
    applyForce(m.vel, GRAVITY, dt);
    truncate(m.vel, m.maxSpeed);
    m.pos.iadd(m.vel.mul(dt));
    clampToArena(m.pos, ARENA_HALF);
    landIfBelowFloor(m, -ARENA_HALF);
  }
}

function freezeByName(list: Mover[], name: string): void {
  for (const m of list) {
    if (m.name === name) m.vel.fill(0);
  }
}

function speedOf(m: Mover): number {
  return Math.sqrt(m.vel.mul(m.vel).sum());
}

const movers: Mover[] = [
  { name: "grunt", pos: array([0, 5]), vel: zeros(2), maxSpeed: 4 },
  { name: "scout", pos: array([-6, 2]), vel: array([3, 0]), maxSpeed: 8 },
  { name: "tank", pos: array([8, -14]), vel: array([-1, 0]), maxSpeed: 2 },
];

const events = new EventEmitter();
events.on("explosion", (center: NDArray, strength: number) => {
  movers.forEach((m) => {
    const away = m.pos.sub(center);
    const dist = Math.sqrt(away.mul(away).sum()) || 1;
    away.imul(strength / (dist * dist));
    applyForce(m.vel, away, 1);
  });
});
events.on("freeze", (name: string) => {
  freezeByName(movers, name);
});

const dt = 1 / 10;
for (let frame = 0; frame < 40; frame++) {
  if (frame === 10) events.emit("explosion", array([2, 0]), 30);
  if (frame === 25) events.emit("freeze", "scout");
  physicsTick(movers, dt);
}

movers.forEach((m) => {
  console.log(`${m.name}: pos=${JSON.stringify(m.pos.tolist())} speed=${speedOf(m).toFixed(2)}`);
});
console.log("gravity unchanged:", GRAVITY.tolist());
