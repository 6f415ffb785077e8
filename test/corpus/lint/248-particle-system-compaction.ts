// A 2-D particle system with position/velocity/lifetime buffers: emission, integration with drag, and compaction of dead particles.
import { zeros, array, NDArray } from "ndalias";

class ParticleSystem {
  pos: NDArray;
  vel: NDArray;
  life: NDArray;
  count = 0;
  constructor(readonly capacity: number, readonly drag: number) {
    this.pos = zeros([capacity, 2]);
    this.vel = zeros([capacity, 2]);
    this.life = zeros(capacity);
  }
  emit(x: number, y: number, vx: number, vy: number, ttl: number): boolean {
    if (this.count >= this.capacity) return false;
    const i = this.count++;
    this.pos.set([i, 0], x);
    this.pos.set([i, 1], y);
    this.vel.assign(`${i}`, array([vx, vy]));
    this.life.set(i, ttl);
    return true;
  }
  integrate(dt: number): number {
    const live = `0:${this.count}`;
    this.pos.slice(live).iadd(this.vel.slice(live).mul(dt));
    const speeds = this.vel;
    speeds.imul(1 - this.drag * dt); // expect: no-alias-mutation
    this.life.slice(live).isub(dt);
    return this.vel.slice(live).max();
  }
  compact(): number {
    let dst = 0;
    for (let src = 0; src < this.count; src++) {
      if (this.life.get(src) <= 0) continue;
      if (dst !== src) {
        this.pos.assign(`${dst}`, this.pos.slice(src));
        this.vel.assign(`${dst}`, this.vel.slice(src));
        this.life.set(dst, this.life.get(src));
      }
      dst++;
    }
    this.pos.slice(`${dst}:`).fill(0);
    this.vel.slice(`${dst}:`).fill(0);
    this.life.slice(`${dst}:`).fill(0);
    const removed = this.count - dst;
    this.count = dst;
    return removed;
  }
  screenPositions(pixelsPerUnit: number): NDArray {
    const screen = this.pos.slice(`0:${this.count}`).copy();
    screen.imul(pixelsPerUnit);
    screen.slice(":", 1).imul(-1);
    return screen;
  }
}

const sparks = new ParticleSystem(8, 0.5);
for (let i = 0; i < 6; i++) sparks.emit(i, 0, 1, 2 + i, i % 2 === 0 ? 0.05 : 1);
console.log("fastest after step:", sparks.integrate(0.1));
console.log("removed:", sparks.compact(), "alive:", sparks.count);
console.log("screen:", sparks.screenPositions(16).tolist());
console.log("velocities:", sparks.vel.slice(`0:${sparks.count}`).tolist());
