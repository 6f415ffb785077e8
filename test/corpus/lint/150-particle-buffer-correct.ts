// Particle emitter over one packed buffer: segments are initialised by chained slice writes before any view is named, a void step advances them, and a trail buffer is split into disjoint constant halves.
import { zeros, full, NDArray } from "ndalias";

const COUNT = 4;

function spawnBurst(speed: number): { pos: NDArray; vel: NDArray; life: NDArray } {
  const packed = zeros(COUNT * 3);
  packed.slice(`${COUNT}:${2 * COUNT}`).fill(speed);
  packed.slice(`${2 * COUNT}:`).fill(1);
  const pos = packed.slice(`0:${COUNT}`);
  const vel = packed.slice(`${COUNT}:${2 * COUNT}`);
  const life = packed.slice(`${2 * COUNT}:`);
  return { pos, vel, life };
}

class Emitter {
  private readonly drag: NDArray;
  constructor(drag: number) {
    this.drag = full(COUNT, drag);
  }

  advance(p: { pos: NDArray; vel: NDArray; life: NDArray }, dt: number): void {
    p.vel.imul(this.drag);
    p.pos.iadd(p.vel.mul(dt));
    p.life.isub(dt * 0.5);
  }

  alive(p: { life: NDArray }): number {
    let n = 0;
    for (let i = 0; i < COUNT; i++) if (p.life.get(i) > 0) n++;
    return n;
  }
}

function histogram(values: NDArray, bins: number): NDArray {
  const counts = zeros(bins);
  const lo = values.min();
  const width = (values.max() - lo) / bins || 1;
  for (let i = 0; i < values.size; i++) {
    const b = Math.min(bins - 1, Math.floor((values.get(i) - lo) / width));
    counts.set(b, counts.get(b) + 1);
  }
  return counts;
}

const burst = spawnBurst(3);
const emitter = new Emitter(0.9);
for (let k = 0; k < 3; k++) emitter.advance(burst, 0.2);
console.log("pos:", burst.pos.tolist(), "vel:", burst.vel.tolist(), "alive:", emitter.alive(burst));

const trail = zeros(8);
const older = trail.slice("0:4");
const newer = trail.slice("4:8");
newer.assign(":", burst.pos);
older.fill(-1);
console.log("newer mean:", newer.mean(), "older min:", older.min());
console.log("histogram:", histogram(burst.pos, 3).tolist());
