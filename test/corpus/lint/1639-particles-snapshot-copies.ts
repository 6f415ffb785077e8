// Integrates a few particles (plain and charged) with snapshot copies taken before each step, and prints displacements and energies.
// runnable
import { array, NDArray } from "ndalias";

class Particle {
  protected pos: NDArray;
  protected vel: NDArray;

  constructor(pos: NDArray, vel: NDArray, readonly mass: number) {
    this.pos = pos.copy();
    this.vel = vel.copy();
  }

  get position(): NDArray {
    return this.pos;
  }

  get velocity(): NDArray {
    return this.vel;
  }

  get snapshot(): NDArray {
    return this.pos.copy();
  }

  step(dt: number): void {
    this.pos.iadd(this.vel.mul(dt));
  }

  bounce(axis: number): number {
    const before = this.vel.copy();
    this.vel.set(axis, -this.vel.get(axis));
    return before.sub(this.vel).mul(this.mass).get(axis);
  }

  clone(): Particle {
    return new Particle(this.pos, this.vel, this.mass);
  }
}

class ChargedParticle extends Particle {
  constructor(pos: NDArray, vel: NDArray, mass: number, readonly charge: number, private readonly field: NDArray) {
    super(pos, vel, mass);
  }

  override step(dt: number): void {
    this.vel.iadd(this.field.mul((this.charge / this.mass) * dt));
    super.step(dt);
  }

  override clone(): ChargedParticle {
    return new ChargedParticle(this.pos, this.vel, this.mass, this.charge, this.field);
  }
}

function kineticEnergy(p: Particle): number {
  const v = p.velocity;
  return 0.5 * p.mass * v.mul(v).sum();
}

function displacement(p: Particle, from: NDArray): number {
  const d = p.position.sub(from);
  return Math.sqrt(d.mul(d).sum());
}

function enforceFloor(p: Particle): number {
  const y = p.position.get(1);
  return y < 0 ? p.bounce(1) : 0;
}

const field = array([0, -1]);
const particles: Particle[] = [
  new Particle(array([0, 1]), array([1, 0.5]), 1),
  new ChargedParticle(array([0, 0.2]), array([0.5, 0]), 2, 3, field),
];
const ghost = particles[1].clone();

const starts = particles.map((p) => p.snapshot);
let impulse = 0;
for (let t = 0; t < 4; t++) {
  for (const p of particles) {
    p.step(0.25);
    impulse += enforceFloor(p);
  }
}

particles.forEach((p, i) => {
  console.log(
    `particle ${i}: moved ${displacement(p, starts[i]).toFixed(3)}`,
    "from", starts[i].tolist(), "to", p.position.tolist(),
    "KE", kineticEnergy(p).toFixed(3),
  );
});
console.log("floor impulse:", impulse.toFixed(3));
console.log("ghost stayed at", ghost.position.tolist(), "with KE", kineticEnergy(ghost).toFixed(3));
console.log("field is still", field.tolist());
