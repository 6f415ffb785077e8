// Mass-spring cloth: a pinned sheet of particles joined by structural and shear springs, stepped under gravity with diagnostics on sag and stretch.
import { array, zeros, NDArray } from "ndalias";

export interface Spring {
  a: number;
  b: number;
  rest: number;
}

export interface ClothOptions {
  cols: number;
  rows: number;
  spacing: number;
  particleMass: number;
}

export class Cloth {
  readonly pos: NDArray;
  readonly vel: NDArray;
  readonly mass: NDArray;
  readonly pinned: boolean[];
  readonly springs: Spring[];

  constructor(readonly opts: ClothOptions) {
    const { cols, rows, spacing, particleMass } = opts;
    const coords: number[][] = [];
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) coords.push([c * spacing, -r * spacing]);
    }
    this.pos = array(coords);
    this.vel = zeros([cols * rows, 2]);
    this.mass = array(coords.map(() => particleMass));
    this.pinned = coords.map((_, i) => i < cols && (i === 0 || i === cols - 1 || i === Math.floor(cols / 2)));
    this.springs = buildSprings(cols, rows, spacing);
  }

  get count(): number {
    return this.mass.size;
  }

  index(c: number, r: number): number {
    return r * this.opts.cols + c;
  }
}

export function buildSprings(cols: number, rows: number, spacing: number): Spring[] {
  const springs: Spring[] = [];
  const at = (c: number, r: number) => r * cols + c;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols) springs.push({ a: at(c, r), b: at(c + 1, r), rest: spacing });
      if (r + 1 < rows) springs.push({ a: at(c, r), b: at(c, r + 1), rest: spacing });
      if (c + 1 < cols && r + 1 < rows) {
        springs.push({ a: at(c, r), b: at(c + 1, r + 1), rest: spacing * Math.SQRT2 });
      }
    }
  }
  return springs;
}

// ---- forces -----------------------------------------------------------------------------

export function springForces(cloth: Cloth, stiffness: number, damping: number): NDArray {
  const f = zeros([cloth.count, 2]);
  for (const s of cloth.springs) {
    const d = cloth.pos.slice(s.b).sub(cloth.pos.slice(s.a));
    const len = Math.sqrt(d.mul(d).sum()) || 1e-9;
    const relVel = cloth.vel.slice(s.b).sub(cloth.vel.slice(s.a));
    const dir = d.div(len);
    const magnitude = stiffness * (len - s.rest) + damping * relVel.mul(dir).sum();
    const fs = dir.mul(magnitude);
    f.slice(s.a).iadd(fs);
    f.slice(s.b).isub(fs);
  }
  return f;
}

/** Adds gravity to the force accumulator `forces` in place. */
export function addGravity(forces: NDArray, cloth: Cloth, g: number): void {
  for (let i = 0; i < cloth.count; i++) {
    forces.set([i, 1], forces.get(i, 1) - g * cloth.mass.get(i));
  }
}

/** Semi-implicit Euler step of the free particles; updates `cloth` in place. */
export function integrate(cloth: Cloth, forces: NDArray, dt: number): void {
  for (let i = 0; i < cloth.count; i++) {
    if (cloth.pinned[i]) continue;
    cloth.vel.slice(i).iadd(forces.slice(i).mul(dt / cloth.mass.get(i)));
    cloth.pos.slice(i).iadd(cloth.vel.slice(i).mul(dt));
  }
}

export function resetVelocities(cloth: Cloth): void {
  const v = cloth.vel.flatten();
  v.fill(0); // expect: no-lost-write
}

// ---- diagnostics ------------------------------------------------------------------------

export function stretchRatios(cloth: Cloth): NDArray {
  const out = zeros(cloth.springs.length);
  cloth.springs.forEach((s, k) => {
    const d = cloth.pos.slice(s.b).sub(cloth.pos.slice(s.a));
    out.set(k, Math.sqrt(d.mul(d).sum()) / s.rest);
  });
  return out;
}

export function sag(cloth: Cloth): number {
  let lowest = Infinity;
  for (let i = 0; i < cloth.count; i++) lowest = Math.min(lowest, cloth.pos.get(i, 1));
  const top = cloth.pos.get(0, 1);
  return top - lowest;
}

export function maxExtent(points: NDArray): number {
  const flat = points.ravel();
  flat.isub(points.mean()); // expect: no-view-mutation
  return Math.max(flat.max(), -flat.min());
}

export function dampAndMeasure(cloth: Cloth, factor: number): number {
  const { vel, mass } = cloth;
  vel.imul(factor); // expect: no-alias-mutation
  let e = 0;
  for (let i = 0; i < mass.size; i++) {
    e += 0.5 * mass.get(i) * (vel.get(i, 0) ** 2 + vel.get(i, 1) ** 2);
  }
  return e;
}

export function kineticEnergy(cloth: Cloth): number {
  const v2 = cloth.vel.mul(cloth.vel);
  let e = 0;
  for (let i = 0; i < cloth.count; i++) e += 0.5 * cloth.mass.get(i) * (v2.get(i, 0) + v2.get(i, 1));
  return e;
}

export function drift(before: NDArray, after: NDArray): number {
  const d = after.sub(before);
  d.imul(d);
  return Math.sqrt(d.sum() / (d.shape[0] || 1));
}

export class StepLog {
  private readonly energy: NDArray;
  private readonly sagging: NDArray;
  private n = 0;

  constructor(readonly capacity: number) {
    this.energy = zeros(capacity);
    this.sagging = zeros(capacity);
  }

  record(e: number, s: number): number {
    const slot = this.n % this.capacity;
    this.energy.set(slot, e);
    this.sagging.set(slot, s);
    return ++this.n;
  }

  settled(tolerance: number): boolean {
    if (this.n < this.capacity) return false;
    return this.energy.max() - this.energy.min() < tolerance;
  }

  summary(): string {
    const k = Math.min(this.n, this.capacity);
    const recent = this.sagging.slice(`:${k}`);
    return `steps=${this.n} mean sag=${recent.mean().toFixed(3)} energy spread=${(this.energy.max() - this.energy.min()).toExponential(2)}`;
  }
}

// ---- run ----------------------------------------------------------------------------------

export function simulate(cloth: Cloth, steps: number, dt: number): StepLog {
  const log = new StepLog(20);
  for (let s = 0; s < steps; s++) {
    const forces = springForces(cloth, 400, 2);
    addGravity(forces, cloth, 9.81);
    integrate(cloth, forces, dt);
    log.record(kineticEnergy(cloth), sag(cloth));
    if (log.settled(1e-4)) break;
  }
  return log;
}

const cloth = new Cloth({ cols: 5, rows: 4, spacing: 0.25, particleMass: 0.05 });
const initial = cloth.pos.copy();
const log = simulate(cloth, 120, 1 / 240);
console.log(log.summary());

const ratios = stretchRatios(cloth);
console.log(`stretch: min=${ratios.min().toFixed(3)} max=${ratios.max().toFixed(3)} springs=${ratios.size}`);
console.log(`rms drift from rest: ${drift(initial, cloth.pos).toFixed(4)}`);

const energyAfterDamping = dampAndMeasure(cloth, 0.5);
console.log(`energy after damping: ${energyAfterDamping.toExponential(3)} (was ${kineticEnergy(cloth).toExponential(3)})`);

resetVelocities(cloth);
const followUp = simulate(cloth, 40, 1 / 240);
console.log("after reset:", followUp.summary());
console.log(`extent about centre: ${maxExtent(cloth.pos).toFixed(3)}, sag: ${sag(cloth).toFixed(3)}`);
