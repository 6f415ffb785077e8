// Ages the particles of a spark emitter, respawns the expired ones at the nozzle and prints the live positions and lifetimes.
// runnable
import { array, zeros, NDArray } from "ndalias";

const DT = 0.25;
const NOZZLE = array([0, 1]);

class SparkEmitter {
  pos: NDArray;
  vel: NDArray;
  life: NDArray;
  readonly maxLife: number;

  private constructor(pos: NDArray, vel: NDArray, life: NDArray, maxLife: number) {
    this.pos = pos;
    this.vel = vel;
    this.life = life;
    this.maxLife = maxLife;
  }

  static burst(n: number, maxLife: number): SparkEmitter {
    const pos = zeros([n, 2]);
    const vel = zeros([n, 2]);
    const life = zeros(n);
    for (let i = 0; i < n; i++) {
      const angle = (Math.PI * (i + 1)) / (n + 1);
      vel.set([i, 0], Math.cos(angle) * 2);
      vel.set([i, 1], Math.sin(angle) * 2);
      life.set(i, maxLife * (0.25 + (0.75 * i) / n));
    }
    pos.iadd(NOZZLE);
    return new SparkEmitter(pos, vel, life, maxLife);
  }

  *expired(): Generator<number> {
    for (let i = 0; i < this.life.size; i++) {
      if (this.life.get(i) <= 0) yield i;
    }
  }

  advance(dt: number): void {
    this.vel.slice(":", 1).isub(9.81 * dt);
    this.pos.iadd(this.vel.mul(dt));
    this.life.isub(dt);
  }
}

function jitter(n: number, scale: number): NDArray {
  const out = zeros([n, 2]);
  for (let i = 0; i < n; i++) {
    out.set([i, 0], scale * Math.sin(7 * i + 1));
    out.set([i, 1], scale * Math.cos(5 * i + 2));
  }
  return out;
}

const emitter = SparkEmitter.burst(5, 1.0);
const respawnLog: number[][] = [];

for (let step = 0; step < 3; step++) {
  emitter.advance(DT);
  const dead = [...emitter.expired()];
  if (dead.length === 0) continue;

  emitter.pos.take(dead, 0).assign(":", NOZZLE); // expect: no-lost-write
  const lifeF32 = emitter.life.astype("float32");
  lifeF32.idiv(emitter.maxLife); // expect: no-lost-write

  for (const i of dead) {
    emitter.vel.slice(i).assign(":", array([0.3 * i - 0.6, 2]));
    emitter.life.set(i, emitter.maxLife);
  }

  const spawnPoints = emitter.pos.take(dead, 0);
  spawnPoints.iadd(jitter(dead.length, 0.05));
  respawnLog.push(spawnPoints.slice(":", 0).tolist() as number[]);
}

const liveHeights = emitter.pos.slice(":", 1).copy();
liveHeights.isub(NOZZLE.get(1));

console.log("respawned x (with jitter):", respawnLog);
console.log("positions:", emitter.pos.tolist());
console.log("heights above nozzle:", liveHeights.tolist());
console.log("lifetimes:", emitter.life.tolist());
