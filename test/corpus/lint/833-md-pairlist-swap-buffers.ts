// Soft-sphere molecular dynamics with a pair list, force accumulation into swapped double buffers, velocity Verlet and mean-squared-displacement tracking.
import { zeros, NDArray } from "ndalias";

const N_SIDE = 3;
const BOX = 4.2;
const R_CUT = 1.5;
const R_LIST = 1.9;
const DT = 0.005;
const N_STEPS = 150;
const LIST_EVERY = 10;

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
const rand = mulberry32(31);

function minimumImage(d: number, box: number): number {
  return d - box * Math.round(d / box);
}

/** Pairs (i, j), i < j, closer than rList, as a (count, 2) int32 array. */
function buildPairs(pos: NDArray, box: number, rList: number): NDArray {
  const n = pos.shape[0];
  const pairs = zeros([(n * (n - 1)) / 2, 2], "int32");
  let count = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let r2 = 0;
      for (let d = 0; d < 3; d++) {
        const dd = minimumImage(pos.get(i, d) - pos.get(j, d), box);
        r2 += dd * dd;
      }
      if (r2 < rList * rList) {
        pairs.set([count, 0], i);
        pairs.set([count, 1], j);
        count++;
      }
    }
  }
  return pairs.slice(`:${count}`);
}

/** Wraps every coordinate back into [0, box). */
function wrapIntoBox(pos: NDArray, box: number): void {
  for (let k = 0; k < pos.size; k++) {
    const x = pos.data[k] as number;
    pos.data[k] = x - box * Math.floor(x / box);
  }
}

class MDState {
  pos: NDArray;
  vel: NDArray;
  force: NDArray;
  forceOld: NDArray;
  potential = 0;

  constructor(
    pos: NDArray,
    readonly box: number,
    readonly mass: number,
  ) {
    this.pos = pos.copy();
    this.vel = zeros(pos.shape);
    this.force = zeros(pos.shape);
    this.forceOld = zeros(pos.shape);
  }

  /** Soft-sphere pair forces, U = eps (1 - r/rc)^2, accumulated into this.force; returns U. */
  computeForces(pairs: NDArray): number {
    this.force.fill(0);
    let u = 0;
    for (let p = 0; p < pairs.shape[0]; p++) {
      const i = pairs.get(p, 0);
      const j = pairs.get(p, 1);
      const dr = [0, 0, 0];
      let r2 = 0;
      for (let d = 0; d < 3; d++) {
        dr[d] = minimumImage(this.pos.get(i, d) - this.pos.get(j, d), this.box);
        r2 += dr[d] * dr[d];
      }
      const r = Math.sqrt(r2);
      if (r >= R_CUT) continue;
      const overlap = 1 - r / R_CUT;
      u += 10 * overlap * overlap;
      const fOverR = (20 * overlap) / (R_CUT * r);
      for (let d = 0; d < 3; d++) {
        this.force.set([i, d], this.force.get(i, d) + fOverR * dr[d]);
        this.force.set([j, d], this.force.get(j, d) - fOverR * dr[d]);
      }
    }
    return u;
  }

  step(dt: number, pairs: NDArray): void {
    const m = this.mass;
    this.pos.iadd(this.vel.mul(dt).add(this.force.mul((0.5 * dt * dt) / m)));
    wrapIntoBox(this.pos, this.box);
    [this.force, this.forceOld] = [this.forceOld, this.force];
    this.potential = this.computeForces(pairs);
    this.vel.iadd(this.forceOld.add(this.force).mul((0.5 * dt) / m));
  }

  kinetic(): number {
    return 0.5 * this.mass * this.vel.mul(this.vel).sum();
  }
}

// ---------------------------------------------------------------------------
// Jittered lattice start with random velocities
// ---------------------------------------------------------------------------
const nAtoms = N_SIDE ** 3;
const start = zeros([nAtoms, 3]);
const spacing = BOX / N_SIDE;
for (let p = 0; p < nAtoms; p++) {
  const cell = [p % N_SIDE, Math.floor(p / N_SIDE) % N_SIDE, Math.floor(p / (N_SIDE * N_SIDE))];
  for (let d = 0; d < 3; d++) start.set([p, d], (cell[d] + 0.5) * spacing + 0.2 * (rand() - 0.5));
}

const state = new MDState(start, BOX, 1.0);
for (let k = 0; k < state.vel.size; k++) state.vel.data[k] = rand() - 0.5;

const firstAtom = state.pos.slice(0);
console.log("first atom starts at", (firstAtom.tolist() as number[]).map((v) => v.toFixed(3)).join(" "));

let pairs = buildPairs(state.pos, BOX, R_LIST);
state.potential = state.computeForces(pairs);
const e0 = state.kinetic() + state.potential;

// unwrapped positions for the MSD, integrated from the velocities
const unwrapped = state.pos.copy();
const msd = zeros(N_STEPS);

for (let step = 0; step < N_STEPS; step++) {
  if (step % LIST_EVERY === 0) pairs = buildPairs(state.pos, BOX, R_LIST);
  state.step(DT, pairs);
  unwrapped.iadd(state.vel.mul(DT));
  const disp = unwrapped.sub(start);
  msd.set(step, disp.mul(disp).sum() / nAtoms);
}

const e1 = state.kinetic() + state.potential;
console.log(`pairs in list: ${pairs.shape[0]}`);
console.log(`energy drift: ${(((e1 - e0) / Math.abs(e0)) * 100).toFixed(3)} %`);
console.log(`MSD at end: ${msd.get(N_STEPS - 1).toFixed(4)}, lattice start unchanged: ${start.get(0, 0).toFixed(3)}`);
const lastQuarter = msd.slice(`${Math.floor((3 * N_STEPS) / 4)}:`);
console.log(`mean MSD over the last quarter: ${lastQuarter.mean().toFixed(4)}`);
