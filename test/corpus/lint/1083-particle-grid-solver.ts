// Particle-in-cell fluid toy: deposits particle mass on a grid, relaxes a pressure field with Jacobi sweeps, and pushes particles down the gradient.
import { array, zeros, NDArray } from "ndalias";

export interface GridSpec {
  nx: number;
  ny: number;
  cell: number;
}

export class ParticleSet {
  pos: NDArray;
  vel: NDArray;
  readonly mass: NDArray;

  constructor(positions: number[][], masses: number[]) {
    this.pos = array(positions);
    this.vel = zeros([positions.length, 2]);
    this.mass = array(masses);
  }

  get count(): number {
    return this.mass.size;
  }

  /** Total momentum; reads only. */
  momentum(): [number, number] {
    let px = 0;
    let py = 0;
    for (let i = 0; i < this.count; i++) {
      px += this.mass.get(i) * this.vel.get(i, 0);
      py += this.mass.get(i) * this.vel.get(i, 1);
    }
    return [px, py];
  }

  /** Advances positions by one explicit step and returns the largest displacement. */
  drift(dt: number): number {
    const step = this.vel.mul(dt);
    this.pos.iadd(step);
    return Math.max(step.max(), -step.min());
  }

  damp(factor: number): this {
    this.vel.imul(factor);
    return this;
  }

  snapshot(): NDArray {
    return this.pos.copy();
  }
}

export class PressureGrid {
  density: NDArray;
  pressure: NDArray;
  private scratch: NDArray;
  private sweeps = 0;

  constructor(readonly spec: GridSpec) {
    this.density = zeros([spec.nx, spec.ny]);
    this.pressure = zeros([spec.nx, spec.ny]);
    this.scratch = zeros([spec.nx, spec.ny]);
  }

  cellOf(x: number, y: number): [number, number] {
    const i = Math.min(this.spec.nx - 1, Math.max(0, Math.floor(x / this.spec.cell)));
    const j = Math.min(this.spec.ny - 1, Math.max(0, Math.floor(y / this.spec.cell)));
    return [i, j];
  }

  /** Clears the density field and deposits every particle; returns the deposited mass. */
  deposit(particles: ParticleSet): number {
    this.density.fill(0);
    let total = 0;
    for (let p = 0; p < particles.count; p++) {
      const [i, j] = this.cellOf(particles.pos.get(p, 0), particles.pos.get(p, 1));
      const m: number = particles.mass.get(p);
      this.density.set([i, j], this.density.get(i, j) + m);
      total += m;
    }
    this.density.idiv(this.spec.cell * this.spec.cell);
    return total;
  }

  /** Runs Jacobi sweeps for laplacian(p) = rho and returns the last residual. */
  solve(iterations: number): number {
    const { nx, ny, cell } = this.spec;
    const h2 = cell * cell;
    let residual = 0;
    for (let it = 0; it < iterations; it++) {
      residual = 0;
      for (let i = 1; i < nx - 1; i++) {
        for (let j = 1; j < ny - 1; j++) {
          const neighbours =
            this.pressure.get(i - 1, j) +
            this.pressure.get(i + 1, j) +
            this.pressure.get(i, j - 1) +
            this.pressure.get(i, j + 1);
          const next = 0.25 * (neighbours - h2 * this.density.get(i, j));
          residual = Math.max(residual, Math.abs(next - this.pressure.get(i, j)));
          this.scratch.set([i, j], next);
        }
      }
      [this.pressure, this.scratch] = [this.scratch, this.pressure];
      this.sweeps++;
    }
    this.pressure.slice(0).fill(0);
    this.pressure.slice(-1).fill(0);
    this.pressure.slice(":", 0).fill(0);
    this.pressure.slice(":", -1).fill(0);
    return residual;
  }

  gradientAt(i: number, j: number): NDArray {
    const { nx, ny, cell } = this.spec;
    const ip = Math.min(nx - 1, i + 1);
    const im = Math.max(0, i - 1);
    const jp = Math.min(ny - 1, j + 1);
    const jm = Math.max(0, j - 1);
    return array([
      (this.pressure.get(ip, j) - this.pressure.get(im, j)) / ((ip - im || 1) * cell),
      (this.pressure.get(i, jp) - this.pressure.get(i, jm)) / ((jp - jm || 1) * cell),
    ]);
  }

  totalSweeps(): number {
    return this.sweeps;
  }
}

/** Pushes each particle's velocity along the pressure gradient; updates `particles` in place. */
export function applyPressure(grid: PressureGrid, particles: ParticleSet, dt: number): void {
  for (let p = 0; p < particles.count; p++) {
    const [i, j] = grid.cellOf(particles.pos.get(p, 0), particles.pos.get(p, 1));
    const g = grid.gradientAt(i, j);
    g.imul(-dt / particles.mass.get(p));
    particles.vel.slice(p).iadd(g);
  }
}

/** Reflects particles that left the box; updates `particles` in place. */
export function reflectWalls(particles: ParticleSet, width: number, height: number): void {
  for (let p = 0; p < particles.count; p++) {
    const limits = [width, height];
    for (let axis = 0; axis < 2; axis++) {
      const x: number = particles.pos.get(p, axis);
      if (x < 0 || x > limits[axis]) {
        particles.pos.set([p, axis], Math.min(limits[axis], Math.max(0, x)));
        particles.vel.set([p, axis], -particles.vel.get(p, axis));
      }
    }
  }
}

export function displacement(before: NDArray, after: NDArray): number {
  const d = after.sub(before);
  d.imul(d);
  let worst = 0;
  for (let p = 0; p < d.shape[0]; p++) worst = Math.max(worst, Math.sqrt(d.get(p, 0) + d.get(p, 1)));
  return worst;
}

export function kineticEnergy(particles: ParticleSet): number {
  const v2 = particles.vel.mul(particles.vel);
  let e = 0;
  for (let p = 0; p < particles.count; p++) e += 0.5 * particles.mass.get(p) * (v2.get(p, 0) + v2.get(p, 1));
  return e;
}

export class EnergyLog {
  private readonly values: NDArray;
  private head = 0;

  constructor(capacity: number) {
    this.values = zeros(capacity);
  }

  push(e: number): number {
    this.values.set(this.head % this.values.size, e);
    this.head++;
    return this.head;
  }

  recent(): NDArray {
    const n = Math.min(this.head, this.values.size);
    return this.values.slice(`:${n}`).copy();
  }
}

export function runSimulation(steps: number): { particles: ParticleSet; grid: PressureGrid; moved: number; log: EnergyLog } {
  const spec: GridSpec = { nx: 8, ny: 8, cell: 0.5 };
  const particles = new ParticleSet(
    [
      [1.1, 1.2],
      [1.3, 1.1],
      [1.2, 1.4],
      [2.9, 3.1],
      [3.2, 2.8],
      [2.0, 2.0],
    ],
    [1, 1, 1, 2, 2, 0.5],
  );
  const grid = new PressureGrid(spec);
  const start = particles.snapshot();
  const log = new EnergyLog(16);
  for (let s = 0; s < steps; s++) {
    grid.deposit(particles);
    grid.solve(20);
    applyPressure(grid, particles, 0.05);
    particles.damp(0.98).drift(0.05);
    reflectWalls(particles, spec.nx * spec.cell, spec.ny * spec.cell);
    log.push(kineticEnergy(particles));
  }
  const moved = displacement(start, particles.pos);
  return { particles, grid, moved, log };
}

const { particles, grid, moved, log } = runSimulation(10);
const [px, py] = particles.momentum();
console.log(`sweeps=${grid.totalSweeps()} moved=${moved.toFixed(3)} momentum=(${px.toFixed(3)}, ${py.toFixed(3)})`);
const centreRow = grid.pressure.slice(4);
console.log("pressure row 4:", (centreRow.tolist() as number[]).map((v) => v.toFixed(3)).join(" "));
console.log("max density:", grid.density.max().toFixed(2));
const energies = log.recent();
console.log("kinetic energy trace:", (energies.tolist() as number[]).map((v) => v.toExponential(2)).join(" "));
