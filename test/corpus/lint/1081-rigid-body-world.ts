// 2-D rigid-body world: bodies with forces and ground contacts, a semi-implicit Euler step, and energy and temperature diagnostics.
import { array, zeros, NDArray } from "ndalias";

export interface WorldConfig {
  gravity: [number, number];
  restitution: number;
  linearDamping: number;
  substeps: number;
}

export const DEFAULT_CONFIG: WorldConfig = {
  gravity: [0, -9.81],
  restitution: 0.4,
  linearDamping: 0.02,
  substeps: 4,
};

export class Body {
  readonly pos: NDArray;
  readonly vel: NDArray;
  readonly force: NDArray;
  contact: Body | null = null;

  constructor(
    readonly id: number,
    readonly mass: number,
    readonly radius: number,
    x: number,
    y: number,
  ) {
    this.pos = array([x, y]);
    this.vel = zeros(2);
    this.force = zeros(2);
  }

  get inverseMass(): number {
    return this.mass > 0 ? 1 / this.mass : 0;
  }

  momentum(): NDArray {
    return this.vel.mul(this.mass);
  }
}

// ---- force and integration helpers (void: they update the body they are given) ----

export function applyForce(body: Body, f: NDArray): void {
  body.force.iadd(f);
}

export function applyGravity(body: Body, g: NDArray): void {
  body.force.iadd(g.mul(body.mass));
}

export function applyDrag(body: Body, coefficient: number): void {
  body.force.isub(body.vel.mul(coefficient));
}

export function integrate(body: Body, dt: number): void {
  if (body.inverseMass === 0) return;
  body.vel.iadd(body.force.mul(body.inverseMass * dt));
  body.pos.iadd(body.vel.mul(dt));
  body.force.fill(0);
}

export function clampToGround(body: Body): void {
  if (body.pos.get(1) < body.radius) body.pos.set(1, body.radius);
}

// ---- contact helpers ----

function distance(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.sqrt(d.mul(d).sum());
}

export function touching(a: Body, b: Body): boolean {
  return distance(a.pos, b.pos) <= a.radius + b.radius;
}

export function pairContacts(a: Body, b: Body): void {
  a.contact = b;
  b.contact = a; // expect: no-reference-cycle
}

export function resolveGround(body: Body, restitution: number): number {
  if (body.pos.get(1) >= body.radius || body.vel.get(1) >= 0) return 0;
  const vy: number = body.vel.get(1);
  const impulse = -vy * (1 + restitution) * body.mass;
  body.vel.set(1, -vy * restitution); // expect: no-alias-mutation
  return impulse;
}

export function separatingSpeed(a: Body, b: Body): number {
  const normal = a.pos.sub(b.pos);
  const len = Math.sqrt(normal.mul(normal).sum()) || 1;
  normal.idiv(len);
  const rel = a.vel.sub(b.vel);
  return rel.mul(normal).sum();
}

// ---- diagnostics ----

export function kineticEnergy(bodies: readonly Body[]): number {
  let e = 0;
  for (const b of bodies) e += 0.5 * b.mass * b.vel.mul(b.vel).sum();
  return e;
}

export function potentialEnergy(bodies: readonly Body[], g: number): number {
  let e = 0;
  for (const b of bodies) e += b.mass * g * b.pos.get(1);
  return e;
}

export function packVelocities(bodies: readonly Body[]): NDArray {
  const out = zeros([bodies.length, 2]);
  bodies.forEach((b, i) => {
    out.set([i, 0], b.vel.get(0));
    out.set([i, 1], b.vel.get(1));
  });
  return out;
}

export function packMasses(bodies: readonly Body[]): NDArray {
  return array(bodies.map((b) => b.mass));
}

export function kineticTemperature(velocities: NDArray, masses: NDArray): number {
  const n: number = velocities.shape[0];
  if (n === 0) return 0;
  const vx = velocities.slice(":", 0);
  const speedSq = vx.mul(vx);
  const vy = velocities.slice(":", 1);
  vy.imul(vy); // expect: no-view-mutation
  speedSq.iadd(vy);
  return speedSq.mul(masses).sum() / (2 * n);
}

export function centreOfMass(bodies: readonly Body[]): NDArray {
  const acc = zeros(2);
  let total = 0;
  for (const b of bodies) {
    acc.iadd(b.pos.mul(b.mass));
    total += b.mass;
  }
  acc.idiv(total || 1);
  return acc;
}

// ---- world ----

export class World {
  readonly bodies: Body[] = [];
  private readonly gravity: NDArray;
  private time = 0;
  private groundImpulse = 0;

  constructor(private readonly config: WorldConfig = DEFAULT_CONFIG) {
    this.gravity = array(config.gravity);
  }

  spawn(mass: number, radius: number, x: number, y: number): Body {
    const body = new Body(this.bodies.length, mass, radius, x, y);
    this.bodies.push(body);
    return body;
  }

  step(dt: number): void {
    const h = dt / this.config.substeps;
    for (let s = 0; s < this.config.substeps; s++) {
      this.bodies.forEach((b) => applyGravity(b, this.gravity));
      this.bodies.forEach((b) => applyDrag(b, this.config.linearDamping));
      this.bodies.forEach((b) => integrate(b, h));
      for (const b of this.bodies) {
        this.groundImpulse += resolveGround(b, this.config.restitution);
      }
      this.bodies.forEach(clampToGround);
      this.detectContacts();
    }
    this.time += dt;
  }

  private detectContacts(): void {
    for (let i = 0; i < this.bodies.length; i++) {
      for (let j = i + 1; j < this.bodies.length; j++) {
        const a = this.bodies[i];
        const b = this.bodies[j];
        if (touching(a, b) && separatingSpeed(a, b) < 0) pairContacts(a, b);
      }
    }
  }

  temperature(): number {
    return kineticTemperature(packVelocities(this.bodies), packMasses(this.bodies));
  }

  energy(): { kinetic: number; potential: number; total: number } {
    const kinetic = kineticEnergy(this.bodies);
    const potential = potentialEnergy(this.bodies, -this.gravity.get(1));
    return { kinetic, potential, total: kinetic + potential };
  }

  report(): string {
    const com = centreOfMass(this.bodies);
    const e = this.energy();
    return [
      `t=${this.time.toFixed(2)}s`,
      `com=(${com.get(0).toFixed(2)}, ${com.get(1).toFixed(2)})`,
      `E=${e.total.toFixed(2)} (K=${e.kinetic.toFixed(2)})`,
      `T=${this.temperature().toFixed(3)}`,
      `ground impulse=${this.groundImpulse.toFixed(2)}`,
    ].join("  ");
  }
}

export function simulate(seconds: number, dt = 1 / 60): World {
  const world = new World();
  world.spawn(1, 0.5, 0, 4);
  world.spawn(2, 0.5, 0.6, 6);
  world.spawn(0.5, 0.25, -1, 2);
  const kick = array([1.5, 0]);
  applyForce(world.bodies[2], kick);
  for (let t = 0; t < seconds; t += dt) world.step(dt);
  return world;
}

console.log(simulate(2).report());
