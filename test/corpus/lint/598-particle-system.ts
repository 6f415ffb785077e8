// Steps a small particle system: particles integrate in place, damping is applied by a helper, and snapshots feed a trail.
import { array, empty, NDArray } from "ndalias";

class Particle {
  readonly pos: NDArray;
  readonly vel: NDArray;
  parent: Particle | null = null;

  constructor(pos: NDArray, vel: NDArray) {
    this.pos = pos.copy();
    this.vel = vel.copy();
  }

  get snapshot(): NDArray {
    return this.pos.copy();
  }

  advance(dt: number): number {
    this.pos.iadd(this.vel.mul(dt));
    return Math.sqrt(this.vel.mul(this.vel).sum()) * dt;
  }
}

/** Damps a velocity vector in place. */
function damp(velocity: NDArray, factor: number): void {
  velocity.imul(factor);
}

function attach(child: Particle, parent: Particle): void {
  child.parent = parent;
}

const origin = array([0, 0]);
const emitter = new Particle(origin, array([0, 0]));
const sparks = [new Particle(origin, array([1, 2])), new Particle(origin, array([-1, 0.5]))];
sparks.forEach((s) => attach(s, emitter));

const trail = empty(sparks.length * 3, "object");
let travelled = 0;
for (let step = 0; step < 3; step++) {
  sparks.forEach((s, i) => {
    travelled += s.advance(0.1);
    damp(s.vel, 0.9);
    const snap = s.snapshot;
    snap.imul(100);
    trail.set(step * sparks.length + i, snap);
  });
}

const lastSnap = trail.get(trail.size - 1) as NDArray;
console.log("distance travelled:", travelled.toFixed(3), "last snapshot (cm):", lastSnap.tolist());
console.log("positions:", sparks.map((s) => s.pos.tolist()), "origin:", origin.tolist());
