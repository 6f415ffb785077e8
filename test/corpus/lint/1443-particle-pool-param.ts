// Particle emitter with a pool of preallocated particles: spawns, integrates and bounces particles, reporting the energy of each step.
import { array, zeros, NDArray } from "ndalias";

interface Particle {
  pos: NDArray;
  vel: NDArray;
  age: number;
  alive: boolean;
}

const GRAVITY = array([0, -9.8]);

class ParticlePool {
  readonly particles: Particle[] = [];

  constructor(capacity: number) {
    for (let i = 0; i < capacity; i++) {
      this.particles.push({ pos: zeros(2), vel: zeros(2), age: 0, alive: false });
    }
  }

  spawn(x: number, y: number, vx: number, vy: number): boolean {
    const p = this.particles.find((q) => !q.alive);
    if (p === undefined) return false;
    launch(p, [x, y], [vx, vy]);
    return true;
  }

  live(): Particle[] {
    return this.particles.filter((p) => p.alive);
  }
}

function resetParticle(p: Particle): void {
  p.pos.fill(0);
  p.vel.fill(0);
  p.age = 0;
}

function launch(p: Particle, pos: number[], vel: number[]): void {
  resetParticle(p);
  p.pos.assign(":", array(pos));
  p.vel.assign(":", array(vel));
  p.alive = true;
}

function kineticEnergy(p: Particle): number {
  return 0.5 * p.vel.mul(p.vel).sum();
}

/** Advances one particle and returns its kinetic energy after the step. */
function advance(p: Particle, dt: number): number {
  p.vel.iadd(GRAVITY.mul(dt)); // expect: no-alias-mutation
  p.pos.iadd(p.vel.mul(dt)); // expect: no-alias-mutation
  p.age += dt;
  return kineticEnergy(p);
}

/** Reflects a particle off the floor; returns true when it bounced. */
function bounce(p: Particle, restitution: number): boolean {
  if (p.pos.get(1) >= 0) return false;
  const vy = p.vel.slice("1:2");
  vy.imul(-restitution); // expect: no-view-mutation
  p.pos.set(1, 0); // expect: no-alias-mutation
  return true;
}

function expire(pool: ParticlePool, maxAge: number): void {
  for (const p of pool.live()) {
    if (p.age >= maxAge) {
      resetParticle(p);
      p.alive = false;
    }
  }
}

const pool = new ParticlePool(3);
pool.spawn(0, 1, 1.0, 2.0);
pool.spawn(0.5, 0.2, -0.5, 0.0);

const dt = 0.1;
for (let step = 0; step < 6; step++) {
  let energy = 0;
  let bounces = 0;
  for (const p of pool.live()) {
    energy += advance(p, dt);
    if (bounce(p, 0.8)) bounces++;
  }
  expire(pool, 0.45);
  if (step === 2) pool.spawn(-0.2, 0.8, 0.3, 1.0);
  console.log(`step ${step}: live=${pool.live().length} energy=${energy.toFixed(3)} bounces=${bounces}`);
}

for (const [i, p] of pool.particles.entries()) {
  console.log(`particle ${i}: alive=${p.alive} age=${p.age.toFixed(2)} pos=`, p.pos.tolist());
}
