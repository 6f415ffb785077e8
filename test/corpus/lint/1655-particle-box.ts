// Simulates particles bouncing in a box under gravity with damping, exporting state into caller buffers and reporting energy per frame.
import { zeros, ones, array, NDArray } from "ndalias";

class ParticleBox {
  pos: NDArray;
  vel: NDArray;
  mass: NDArray;
  readonly size: number;

  constructor(n: number, size: number) {
    this.size = size;
    this.pos = zeros([n, 2]);
    this.vel = zeros([n, 2]);
    this.mass = ones(n);
    for (let i = 0; i < n; i++) {
      this.pos.set([i, 0], (i + 0.5) * (size / n));
      this.pos.set([i, 1], size * (0.5 + 0.1 * (i % 3)));
      this.vel.set([i, 0], i % 2 === 0 ? 1.5 : -1.0);
    }
  }

  step(dt: number, gravity: number, damping: number): number {
    if (dt <= 0) {
      return 0;
    }
    const n = this.pos.shape[0];
    const heights = this.pos.slice(":", 1);
    const highest = heights.max();

    const accel = zeros(this.vel.shape);
    accel.slice(":", 1).fill(-gravity);
    this.vel.iadd(accel.mul(dt));
    this.pos.iadd(this.vel.mul(dt));

    let bounces = 0;
    particles: for (let i = 0; i < n; i++) {
      for (let a = 0; a < 2; a++) {
        const p = this.pos.get(i, a);
        if (p >= 0 && p <= this.size) {
          continue;
        }
        const wall = p < 0 ? 0 : this.size;
        this.pos.set([i, a], 2 * wall - p);
        this.vel.set([i, a], -this.vel.get(i, a) * damping);
        bounces++;
        if (a === 1) {
          continue particles;
        }
      }
    }
    this.vel.slice(":", 0).imul(1 - 0.01 * damping);

    if (highest > this.size * 2) {
      console.log("a particle left the box before this step");
    }
    return bounces;
  }

  kineticEnergy(): number {
    const speedSq = this.vel.mul(this.vel);
    let e = 0;
    for (let i = 0; i < this.mass.size; i++) {
      e += 0.5 * this.mass.get(i) * (speedSq.get(i, 0) + speedSq.get(i, 1));
    }
    return e;
  }

  exportState(posOut: NDArray, velOut: NDArray): void {
    posOut.assign(":", this.pos);
    velOut.assign(":", this.vel);
    const vy = velOut.slice(":", 1);
    vy.imul(-1);
  }

  heaviest(): NDArray {
    let best = 0;
    for (let i = 1; i < this.mass.size; i++) {
      if (this.mass.get(i) > this.mass.get(best)) best = i;
    }
    const state = this.pos.slice(best).copy();
    state.iadd(this.vel.slice(best).mul(0.1));
    return state;
  }
}

const box = new ParticleBox(4, 10);
box.mass.assign(":", array([1, 2, 1, 3]));
const energies: number[] = [];
let totalBounces = 0;
for (let frame = 0; frame < 60; frame++) {
  totalBounces += box.step(0.05, 9.81, 0.8);
  if (frame % 20 === 0) {
    energies.push(box.kineticEnergy());
  }
}
const posBuf = zeros([4, 2]);
const velBuf = zeros([4, 2]);
box.exportState(posBuf, velBuf);
console.log("bounces:", totalBounces, "energy samples:", energies.map((e) => e.toFixed(2)));
console.log("positions:", posBuf.tolist(), "velocities (y up):", velBuf.tolist());
console.log("heaviest particle look-ahead:", box.heaviest().tolist());
