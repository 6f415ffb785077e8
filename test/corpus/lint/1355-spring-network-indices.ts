// Spring network for a soft-body blob: springs refer to particles by index and particle state lives in one packed table.
// runnable
import { array, empty, zeros, NDArray, refcount } from "ndalias";

class Particle {
  index: number; // position in the table, not a reference to it
  mass: number;
  constructor(index: number, mass: number) {
    this.index = index;
    this.mass = mass;
  }
}

class SoftBody {
  pos: NDArray; // [n, 2]
  vel: NDArray; // [n, 2]
  springs: NDArray; // [m, 2] particle indices
  restLength: NDArray; // [m]
  particles: NDArray; // object dtype: Particle per index
  constructor(points: number[][], links: number[][], masses: number[]) {
    this.pos = array(points);
    this.vel = zeros([points.length, 2]);
    this.springs = array(links, "int32");
    this.restLength = zeros(links.length);
    this.particles = empty(points.length, "object");
    for (let i = 0; i < points.length; i++) this.particles.set(i, new Particle(i, masses[i]));
    for (let s = 0; s < links.length; s++) {
      const d = this.pos.slice(links[s][1]).sub(this.pos.slice(links[s][0]));
      this.restLength.set(s, Math.sqrt(d.mul(d).sum()));
    }
  }
  particle(i: number): Particle {
    return this.particles.get(i) as unknown as Particle;
  }
}

// Adds an impulse to one particle's velocity row; it writes the body on purpose.
function applyImpulse(body: SoftBody, i: number, impulse: NDArray): void {
  const m = body.particle(i).mass;
  body.vel.slice(i).iadd(impulse.div(m));
}

function springForces(body: SoftBody, k: number, out: NDArray): void {
  out.fill(0);
  for (let s = 0; s < body.springs.shape[0]; s++) {
    const a = body.springs.get(s, 0) as number;
    const b = body.springs.get(s, 1) as number;
    const d = body.pos.slice(b).sub(body.pos.slice(a));
    const len = Math.sqrt(d.mul(d).sum()) || 1e-9;
    const f = d.mul((k * (len - (body.restLength.get(s) as number))) / len);
    out.slice(a).iadd(f);
    out.slice(b).isub(f);
  }
}

function energy(body: SoftBody): number {
  let e = 0;
  for (let i = 0; i < body.pos.shape[0]; i++) {
    const v = body.vel.slice(i);
    e += 0.5 * body.particle(i).mass * v.mul(v).sum();
  }
  return e;
}

const blob = new SoftBody(
  [[0, 0], [1, 0], [1, 1], [0, 1]],
  [[0, 1], [1, 2], [2, 3], [3, 0], [0, 2]],
  [1, 1, 2, 1],
);
const forces = zeros([4, 2]);
const dt = 0.02;

// Poke the blob, then let the springs settle it.
const restShape = blob.pos.copy();
applyImpulse(blob, 2, array([0.8, -0.4]));
for (let step = 0; step < 50; step++) {
  springForces(blob, 40, forces);
  for (let i = 0; i < 4; i++) applyImpulse(blob, i, forces.slice(i).mul(dt));
  blob.vel.imul(0.97);
  blob.pos.iadd(blob.vel.mul(dt));
}

const drift = blob.pos.sub(restShape);
console.log("energy left:", energy(blob).toFixed(5));
console.log("max drift from rest:", Math.sqrt(drift.mul(drift).max()).toFixed(4));
console.log("particle 2 is table entry", blob.particle(2).index, "refs on the table:", refcount(blob.particles));
