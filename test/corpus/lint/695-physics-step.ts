// 2-D game engine physics: rigid bodies with velocity and forces, a fixed-step world integrator, energy telemetry and displacement stats.
import { array, zeros, NDArray } from "ndalias";

type Option<T> = T | undefined;
type Result<T> = { ok: true; value: T } | { ok: false; error: string };

interface Body {
  id: number;
  tag: "player" | "crate" | "bullet";
  mass: number;
  pos: NDArray;
  vel: NDArray;
}

interface StepStats {
  step: number;
  maxDisplacement: number;
  energy: number;
}

const MAX_SPEED = 12;
const GRAVITY = array([0, -9.81]);

class Stack<T> {
  private readonly frames: T[] = [];
  push(v: T): void {
    this.frames.push(v);
  }
  pop(): Option<T> {
    return this.frames.pop();
  }
  top(): Option<T> {
    return this.frames.at(-1);
  }
  get size(): number {
    return this.frames.length;
  }
}

function speedOf(vel: NDArray): number {
  return Math.sqrt(vel.mul(vel).sum());
}

function makeBody(id: number, tag: Body["tag"], mass: number, x: number, y: number): Body {
  return { id, tag, mass, pos: array([x, y]), vel: zeros(2) };
}

/** Applies an impulse to a body in place (used by collision response). */
function applyImpulse(body: Body, impulse: NDArray): void {
  body.vel.iadd(impulse.div(body.mass));
}

/** Reflects a body that sank below the floor, losing some energy. */
function bounceOffFloor(body: Body, floorY: number, restitution: number): void {
  applyImpulse(body, array([0, -body.vel.get(1) * body.mass * (1 + restitution)]));
  body.pos.set(1, floorY);
}

function kineticEnergy(body: Body): number {
  const speed = speedOf(body.vel);
  if (speed > MAX_SPEED) {
    body.vel.imul(MAX_SPEED / speed); // expect: no-alias-mutation
  }
  const v = speedOf(body.vel);
  return 0.5 * body.mass * v * v;
}

function totalEnergy(bodies: Body[]): number {
  return bodies.reduce((acc, b) => acc + kineticEnergy(b), 0);
}

function findBody(bodies: Body[], id: number): Result<Body> {
  const b = bodies.find((x) => x.id === id);
  return b ? { ok: true, value: b } : { ok: false, error: `no body ${id}` };
}

class PhysicsWorld {
  private readonly positions: NDArray;
  private readonly velocities: NDArray;
  private stepCount = 0;
  private readonly history = new Stack<StepStats>();

  constructor(readonly bodies: Body[]) {
    this.positions = zeros([bodies.length, 2]);
    this.velocities = zeros([bodies.length, 2]);
    this.gather();
  }

  private gather(): void {
    this.bodies.forEach((b, i) => {
      this.positions.assign(`${i}`, b.pos);
      this.velocities.assign(`${i}`, b.vel);
    });
  }

  private scatter(): void {
    this.bodies.forEach((b, i) => {
      b.pos.assign(":", this.positions.slice(i));
      b.vel.assign(":", this.velocities.slice(i));
    });
  }

  step(dt: number): StepStats {
    this.gather();
    const before = this.positions.ravel();
    this.velocities.iadd(GRAVITY.mul(dt));
    this.positions.iadd(this.velocities.mul(dt)); // expect: no-view-mutation
    const displacement = this.positions.ravel().sub(before);
    const moved = Math.max(displacement.max(), -displacement.min());
    this.scatter();
    this.stepCount += 1;
    const stats: StepStats = { step: this.stepCount, maxDisplacement: moved, energy: totalEnergy(this.bodies) };
    this.history.push(stats);
    return stats;
  }

  floorContacts(floorY: number): number {
    let contacts = 0;
    for (const b of this.bodies) {
      if (b.pos.get(1) < floorY && b.vel.get(1) < 0) {
        bounceOffFloor(b, floorY, 0.6);
        contacts += 1;
      }
    }
    return contacts;
  }

  lastStats(): Option<StepStats> {
    return this.history.top();
  }

  centreOfMass(): NDArray {
    const com = zeros(2);
    let mass = 0;
    for (const b of this.bodies) {
      com.iadd(b.pos.mul(b.mass));
      mass += b.mass;
    }
    if (mass > 0) com.idiv(mass);
    return com;
  }
}

const bodies: Body[] = [
  makeBody(1, "player", 70, 0, 10),
  makeBody(2, "crate", 20, 4, 2),
  makeBody(3, "bullet", 0.1, -3, 1),
];

const bullet = findBody(bodies, 3);
if (bullet.ok) applyImpulse(bullet.value, array([4, 0.5]));

const world = new PhysicsWorld(bodies);
for (let i = 0; i < 4; i++) {
  const stats = world.step(1 / 30);
  console.log(`step ${stats.step}: moved ${stats.maxDisplacement.toFixed(4)}, energy ${stats.energy.toFixed(2)}`);
  const contacts = world.floorContacts(0);
  if (contacts > 0) console.log(`  ${contacts} floor contact(s)`);
}

const player = findBody(bodies, 1);
console.log("player:", player.ok ? player.value.pos.tolist() : player.error);
console.log("centre of mass:", world.centreOfMass().tolist());
console.log("last energy:", world.lastStats()?.energy.toFixed(2));
