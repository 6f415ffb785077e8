// Particle integrators: a Verlet stepper that rebinds its position buffers, and an Euler stepper that keeps a plain alias as the "previous" positions and then moves the particles underneath it.
import { array, zeros, NDArray } from "ndalias";

const GRAVITY = array([0, -9.81]);

class Verlet {
  pos: NDArray;
  prev: NDArray;
  constructor(start: NDArray, readonly dt: number) {
    this.pos = start.copy();
    this.prev = start.copy();
  }
  step(): void {
    const next = this.pos.mul(2).sub(this.prev).add(GRAVITY.mul(this.dt * this.dt));
    this.prev = this.pos;
    this.pos = next;
  }
  speed(): number {
    const d = this.pos.sub(this.prev);
    return Math.sqrt(d.mul(d).sum()) / this.dt;
  }
}

class Euler {
  pos: NDArray;
  vel: NDArray;
  constructor(start: NDArray, readonly dt: number) {
    this.pos = start.copy();
    this.vel = zeros(start.shape);
  }
  step(): number {
    this.vel.iadd(GRAVITY.mul(this.dt));
    const before = this.pos;
    this.pos.iadd(this.vel.mul(this.dt)); // expect: no-alias-mutation
    const moved = this.pos.sub(before);
    return Math.sqrt(moved.mul(moved).sum());
  }
  bounce(floor: number): void {
    for (let i = 0; i < this.pos.shape[0]; i++) {
      if (this.pos.get(i, 1) < floor) {
        this.pos.set([i, 1], floor);
        this.vel.set([i, 1], -0.8 * this.vel.get(i, 1));
      }
    }
  }
}

const start = array([[0, 10], [1, 12], [2, 0.05]]);
const verlet = new Verlet(start, 0.01);
const euler = new Euler(start, 0.01);
let travelled = 0;
for (let i = 0; i < 50; i++) {
  verlet.step();
  travelled += euler.step();
  euler.bounce(0);
}
console.log("verlet speed:", verlet.speed().toFixed(3), "euler path length:", travelled.toFixed(3));
console.log("start positions unchanged:", start.tolist(), "euler now:", euler.pos.tolist());
