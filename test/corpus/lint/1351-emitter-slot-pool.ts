// Emitter pool for a twin-stick shooter: emitters live in an object-dtype slot table and their particles are packed for the GPU.
import { array, empty, zeros, NDArray } from "ndalias";

const SLOTS = 4;
const PER_EMITTER = 3;

class Emitter {
  origin: NDArray;
  particles: NDArray; // [PER_EMITTER, 3] xyz
  pool: NDArray | null = null;
  slot = -1;
  constructor(readonly kind: string, x: number, y: number, z: number) {
    this.origin = array([x, y, z]);
    this.particles = zeros([PER_EMITTER, 3]);
  }
  tick(t: number): void {
    for (let p = 0; p < PER_EMITTER; p++) {
      const r = 0.5 * (p + 1);
      this.particles.set([p, 0], (this.origin.get(0) as number) + r * Math.cos(t + p));
      this.particles.set([p, 1], (this.origin.get(1) as number) + 0.3 * t * (p + 1));
      this.particles.set([p, 2], (this.origin.get(2) as number) + r * Math.sin(t + p));
    }
  }
}

function register(pool: NDArray, emitter: Emitter, slot: number): void {
  pool.set(slot, emitter);
  emitter.slot = slot;
  emitter.pool = pool; // expect: no-reference-cycle
}

function activeEmitters(pool: NDArray): Emitter[] {
  const out: Emitter[] = [];
  for (let s = 0; s < pool.size; s++) {
    const e = pool.get(s) as unknown;
    if (e instanceof Emitter) out.push(e);
  }
  return out;
}

function packParticles(emitters: Emitter[]): NDArray {
  const flat = zeros(emitters.length * PER_EMITTER * 3, "float32");
  let k = 0;
  for (const e of emitters) {
    for (const v of (e.particles.flatten().tolist() as number[])) flat.set(k++, v);
  }
  return flat;
}

function drawParticles(vertices: NDArray): number {
  // stand-in for the GPU upload: checksum of what would be sent
  return vertices.sum();
}

function drawShadows(packed: NDArray, count: number): number {
  const shadow = packed.reshape(count, 3).copy();
  shadow.assign(":, 1", 0);
  return shadow.sum();
}

const pool = empty(SLOTS, "object");
for (let s = 0; s < SLOTS; s++) pool.set(s, null);
register(pool, new Emitter("muzzle", 0, 1, 0), 0);
register(pool, new Emitter("smoke", 4, 0, -2), 2);

const emitters = activeEmitters(pool);
for (const e of emitters) e.tick(0.5);
const frameVerts = packParticles(emitters);
const count = emitters.length * PER_EMITTER;

console.log("shadow checksum:", drawShadows(frameVerts, count).toFixed(3));
console.log("particle checksum:", drawParticles(frameVerts).toFixed(3));

// Second frame: the ground decal pass reuses the packed buffer as rows of xyz.
for (const e of emitters) e.tick(1.0);
const nextVerts = packParticles(emitters);
const decalRows = nextVerts.reshape(count, 3);
decalRows.assign(":, 1", 0.01); // expect: no-view-mutation
console.log("decal rows:", decalRows.shape);
console.log("particle checksum:", drawParticles(nextVerts).toFixed(3));

const occupied = emitters.map((e) => `${e.kind}@${e.slot}`);
console.log("occupied slots:", occupied.join(", "));
