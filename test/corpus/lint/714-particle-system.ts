// A 2-D particle fountain with gravity, drag and wall bounces, plus a smoothed density grid and a colour palette ring.
import { array, zeros, NDArray } from "ndalias";

/** Applies gravity to the vertical velocity component of every particle, in place. */
function applyGravity(vel: NDArray, g: number, dt: number): void {
  vel.slice(":", 1).isub(g * dt);
}

/** Damps all velocities by the drag coefficient, in place. */
function applyDrag(vel: NDArray, k: number): void {
  vel.imul(1 - k);
}

class PaletteEntry {
  next: PaletteEntry;
  constructor(readonly name: string, readonly rgb: [number, number, number]) {
    this.next = this;
  }
}

function makePalette(names: string[]): PaletteEntry {
  const first = new PaletteEntry(names[0], [255, 0, 0]);
  let tail = first;
  for (let i = 1; i < names.length; i++) {
    const entry = new PaletteEntry(names[i], [0, (i * 80) % 256, 255 - i * 40]);
    tail.next = entry;
    tail = entry;
  }
  tail.next = first;
  return first;
}

class ParticleSystem {
  private pos: NDArray;
  private vel: NDArray;
  private front: NDArray;
  private back: NDArray;

  constructor(origin: NDArray, count: number, private readonly bounds: number, private readonly cells: number) {
    this.pos = zeros([count, 2]);
    for (let i = 0; i < count; i++) this.pos.assign(i, origin);
    this.vel = zeros([count, 2]);
    this.front = zeros(cells);
    this.back = zeros(cells);
  }

  get positions(): NDArray {
    return this.pos.copy();
  }

  get density(): NDArray {
    return this.front.copy();
  }

  kick(impulses: NDArray): void {
    this.vel.iadd(impulses);
  }

  step(dt: number, gravity: number, drag: number): number {
    applyGravity(this.vel, gravity, dt);
    applyDrag(this.vel, drag);
    this.pos.iadd(this.vel.mul(dt));
    return this.reflect();
  }

  private reflect(): number {
    let bounced = 0;
    for (let i = 0; i < this.pos.shape[0]; i++) {
      for (let d = 0; d < 2; d++) {
        const p = this.pos.get(i, d);
        if (p < 0 || p > this.bounds) {
          this.pos.set([i, d], p < 0 ? -p : 2 * this.bounds - p);
          this.vel.set([i, d], -0.8 * this.vel.get(i, d));
          bounced++;
        }
      }
    }
    return bounced;
  }

  splat(): number {
    this.back.fill(0);
    for (let i = 0; i < this.pos.shape[0]; i++) {
      const cell = Math.min(this.cells - 1, Math.floor((this.pos.get(i, 0) / this.bounds) * this.cells));
      this.back.set(cell, this.back.get(cell) + 1);
    }
    this.back.imul(0.5);
    this.back.iadd(this.front.mul(0.5));
    [this.front, this.back] = [this.back, this.front];
    return this.front.max();
  }
}

const origin = array([5, 0.5]);
const system = new ParticleSystem(origin, 6, 10, 5);
system.kick(array([[-2, 9], [-1, 10], [0, 11], [1, 10], [2, 9], [3, 8]]));

const steps = 30;
const trail = zeros([steps, 2]);
let bounces = 0;
let peakDensity = 0;
for (let t = 0; t < steps; t++) {
  bounces += system.step(0.1, 9.81, 0.02);
  peakDensity = Math.max(peakDensity, system.splat());
  trail.assign(t, system.positions.slice(0));
}

const heights = trail.slice(":", 1);
console.log("first particle max height:", heights.max().toFixed(2), "bounces:", bounces);
console.log("peak smoothed density:", peakDensity.toFixed(2));

const snapshot = system.positions;
snapshot.slice(":", 0).fill(0);
console.log("x-zeroed snapshot:", snapshot.tolist());
console.log("live positions:", system.positions.tolist());

const grid = system.density;
grid.idiv(grid.sum() || 1);
console.log("density distribution:", grid.tolist(), "origin unchanged:", origin.tolist());

const palette = makePalette(["warm", "mid", "cool", "deep"]);
const labels: string[] = [];
let entry = palette;
for (let i = 0; i < 6; i++) {
  labels.push(`${entry.name}(${entry.rgb.join(",")})`);
  entry = entry.next;
}
console.log("palette cycle:", labels.join(" -> "));
