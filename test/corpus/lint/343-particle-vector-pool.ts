// Particle emitter with a pool of reusable 3-vectors: spawns sparks, advances them and returns expired ones to the pool.
import { zeros, array, NDArray, sharesMemory } from "ndalias";

class VecPool {
  private free: NDArray[] = [];

  acquire(): NDArray {
    return this.free.pop() ?? zeros(3);
  }

  release(v: NDArray): void {
    v.fill(0);
    this.free.push(v);
  }

  get available(): number {
    return this.free.length;
  }
}

interface Spark {
  pos: NDArray;
  vel: NDArray;
  age: number;
}

function spawn(pool: VecPool, origin: NDArray, direction: NDArray, speed: number): Spark {
  const pos = pool.acquire();
  pos.iadd(origin);
  const vel = direction.copy();
  vel.imul(speed / Math.sqrt(direction.mul(direction).sum()));
  return { pos, vel, age: 0 };
}

function advance(sparks: Spark[], dt: number): void {
  for (const s of sparks) {
    s.vel.set(1, s.vel.get(1) - 9.81 * dt);
    s.pos.iadd(s.vel.mul(dt));
    s.age += dt;
  }
}

function reap(sparks: Spark[], pool: VecPool, maxAge: number): void {
  for (let i = sparks.length - 1; i >= 0; i--) {
    if (sparks[i].age > maxAge) {
      pool.release(sparks[i].pos);
      sparks.splice(i, 1);
    }
  }
}

const pool = new VecPool();
const origin = array([0, 2, 0]);
const sparks: Spark[] = [
  spawn(pool, origin, array([1, 1, 0]), 3),
  spawn(pool, origin, array([-1, 2, 0]), 4),
];
advance(sparks, 0.1);
sparks[0].age = 1;
reap(sparks, pool, 0.5);
console.log("pool has", pool.available, "free vector(s)");

sparks.push(spawn(pool, origin, array([0, 1, 1]), 2));
advance(sparks, 0.1);
for (const s of sparks) console.log("spark at", s.pos.tolist(), "age", s.age.toFixed(2));
console.log("first two sparks share memory?", sharesMemory(sparks[0].pos, sparks[1].pos));
