// Lennard-Jones molecular dynamics in a periodic box: Verlet neighbour list with skin, pair-force accumulation, velocity-Verlet steps and a weak velocity-rescaling thermostat.
import { zeros, NDArray } from "ndalias";

const BOX = 6.8;
const CUTOFF = 2.5;
const SKIN = 0.3;
const DT = 0.004;
const T_TARGET = 1.2;
const N_STEPS = 200;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(2024);

function gaussian(): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

function minimumImage(d: number, box: number): number {
  return d - box * Math.round(d / box);
}

/** Simple-cubic lattice start, nPerSide^3 atoms. */
function latticePositions(nPerSide: number, box: number): NDArray {
  const pos = zeros([nPerSide ** 3, 3]);
  const a = box / nPerSide;
  let p = 0;
  for (let i = 0; i < nPerSide; i++) {
    for (let j = 0; j < nPerSide; j++) {
      for (let k = 0; k < nPerSide; k++) {
        pos.set([p, 0], (i + 0.5) * a);
        pos.set([p, 1], (j + 0.5) * a);
        pos.set([p, 2], (k + 0.5) * a);
        p++;
      }
    }
  }
  return pos;
}

/** Maxwell-Boltzmann velocities with the centre-of-mass drift removed. */
function maxwellVelocities(n: number, temperature: number, mass: number): NDArray {
  const v = zeros([n, 3]);
  const sigma = Math.sqrt(temperature / mass);
  for (let i = 0; i < n; i++) {
    for (let d = 0; d < 3; d++) v.set([i, d], sigma * gaussian());
  }
  for (let d = 0; d < 3; d++) {
    v.slice(":", d).isub(v.slice(":", d).mean());
  }
  return v;
}

/** Half neighbour list (j > i) within rList, built with the minimum-image convention. */
function buildNeighbourList(pos: NDArray, box: number, rList: number): number[][] {
  const n = pos.shape[0];
  const list: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = i + 1; j < n; j++) {
      let r2 = 0;
      for (let d = 0; d < 3; d++) {
        const dd = minimumImage(pos.get(i, d) - pos.get(j, d), box);
        r2 += dd * dd;
      }
      if (r2 < rList * rList) row.push(j);
    }
    list.push(row);
  }
  return list;
}

/** Berendsen-style rescaling towards the target temperature; returns the temperature before rescaling. */
function rescaleToTemperature(vel: NDArray, mass: number, target: number, tau: number): number {
  const dof = vel.size - 3;
  const tInst = (mass * vel.mul(vel).sum()) / dof;
  const lambda = Math.sqrt(1 + (target / tInst - 1) / tau);
  vel.imul(lambda); // expect: no-alias-mutation
  return tInst;
}

class LJSystem {
  pos: NDArray;
  vel: NDArray;
  force: NDArray;
  potential = 0;
  neighbours: number[][] = [];
  posAtListBuild: NDArray;
  rebuilds = 0;

  constructor(pos: NDArray, readonly mass: number, readonly box: number) {
    this.pos = pos;
    this.vel = zeros(pos.shape);
    this.posAtListBuild = pos.copy();
    this.rebuildList();
    this.force = this.computeForces();
  }

  rebuildList(): void {
    this.neighbours = buildNeighbourList(this.pos, this.box, CUTOFF + SKIN);
    this.posAtListBuild = this.pos.copy();
    this.rebuilds += 1;
  }

  needsRebuild(): boolean {
    const n = this.pos.shape[0];
    let maxDisp2 = 0;
    for (let i = 0; i < n; i++) {
      let d2 = 0;
      for (let d = 0; d < 3; d++) {
        const dd = minimumImage(this.pos.get(i, d) - this.posAtListBuild.get(i, d), this.box);
        d2 += dd * dd;
      }
      maxDisp2 = Math.max(maxDisp2, d2);
    }
    return 2 * Math.sqrt(maxDisp2) > SKIN;
  }

  /** Pair forces from the neighbour list into a fresh (n, 3) array; stores the potential energy. */
  computeForces(): NDArray {
    const f = zeros(this.pos.shape);
    const rc2 = CUTOFF * CUTOFF;
    let u = 0;
    for (let i = 0; i < this.neighbours.length; i++) {
      for (const j of this.neighbours[i]) {
        const dr = [0, 0, 0];
        let r2 = 0;
        for (let d = 0; d < 3; d++) {
          dr[d] = minimumImage(this.pos.get(i, d) - this.pos.get(j, d), this.box);
          r2 += dr[d] * dr[d];
        }
        if (r2 >= rc2) continue;
        const inv6 = 1 / (r2 * r2 * r2);
        const fOverR = (24 * inv6 * (2 * inv6 - 1)) / r2;
        for (let d = 0; d < 3; d++) {
          f.set([i, d], f.get(i, d) + fOverR * dr[d]);
          f.set([j, d], f.get(j, d) - fOverR * dr[d]);
        }
        u += 4 * inv6 * (inv6 - 1);
      }
    }
    this.potential = u;
    return f;
  }

  wrap(): void {
    for (let k = 0; k < this.pos.size; k++) {
      const x = this.pos.data[k] as number;
      this.pos.data[k] = x - this.box * Math.floor(x / this.box);
    }
  }

  /** Velocity Verlet in the position-first form: x += v dt + f dt^2/2m, v += (f_old + f_new) dt/2m. */
  step(dt: number): void {
    const m = this.mass;
    this.pos.iadd(this.vel.mul(dt).add(this.force.mul((0.5 * dt * dt) / m)));
    this.wrap();
    if (this.needsRebuild()) this.rebuildList();
    const forceOld = this.force;
    this.force.assign(":", this.computeForces()); // expect: no-alias-mutation
    this.vel.iadd(forceOld.add(this.force).mul((0.5 * dt) / m));
  }

  kineticEnergy(): number {
    return 0.5 * this.mass * this.vel.mul(this.vel).sum();
  }
}

const system = new LJSystem(latticePositions(4, BOX), 1.0, BOX);
system.vel = maxwellVelocities(system.pos.shape[0], T_TARGET, system.mass);

const energyLog = zeros([N_STEPS, 2]);
for (let step = 0; step < N_STEPS; step++) {
  system.step(DT);
  if (step % 10 === 0) {
    const tBefore = rescaleToTemperature(system.vel, system.mass, T_TARGET, 20);
    if (step % 50 === 0) console.log(`step ${step}: T=${tBefore.toFixed(3)}`);
  }
  energyLog.set([step, 0], system.kineticEnergy());
  energyLog.set([step, 1], system.potential);
}

const total = energyLog.slice(":", 0).add(energyLog.slice(":", 1));
console.log(`neighbour-list rebuilds: ${system.rebuilds}`);
console.log(`mean total energy per atom: ${(total.mean() / system.pos.shape[0]).toFixed(4)}`);
console.log(`energy range: ${(total.max() - total.min()).toFixed(4)}`);
