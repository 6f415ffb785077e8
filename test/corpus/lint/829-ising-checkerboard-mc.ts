// Metropolis Monte Carlo for the 2-D Ising model on a periodic lattice: checkerboard sweeps, occasional global spin flips, running averages and a lattice-gas density estimate.
import { zeros, NDArray } from "ndalias";

const L = 16;
const BETA = 0.44; // close to the critical coupling 0.4407
const SWEEPS = 200;
const THERMALISATION = 50;
const FLIP_EVERY = 50;

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
const rand = mulberry32(7);

function neighbourSum(s: NDArray, i: number, j: number): number {
  const n = s.shape[0];
  return (
    s.get((i + 1) % n, j) + s.get((i - 1 + n) % n, j) + s.get(i, (j + 1) % n) + s.get(i, (j - 1 + n) % n)
  );
}

/** Energy per site, counting each bond once (right and down neighbours). */
function energyPerSite(s: NDArray): number {
  const n = s.shape[0];
  let e = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      e -= s.get(i, j) * (s.get((i + 1) % n, j) + s.get(i, (j + 1) % n));
    }
  }
  return e / (n * n);
}

/** One Metropolis half-sweep over the sites of one checkerboard colour; flips spins of `s` in place. */
function metropolisHalfSweep(s: NDArray, beta: number, parity: number): void {
  const n = s.shape[0];
  for (let i = 0; i < n; i++) {
    for (let j = (i + parity) % 2; j < n; j += 2) {
      const dE = 2 * s.get(i, j) * neighbourSum(s, i, j);
      if (dE <= 0 || rand() < Math.exp(-beta * dE)) {
        s.set([i, j], -s.get(i, j));
      }
    }
  }
}

/** Spin-spin correlation at distance r along both lattice directions. */
function correlation(s: NDArray, r: number): number {
  const n = s.shape[0];
  let c = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      c += s.get(i, j) * (s.get((i + r) % n, j) + s.get(i, (j + r) % n));
    }
  }
  return c / (2 * n * n);
}

class Accumulator {
  count = 0;
  sumE = 0;
  sumE2 = 0;
  sumAbsM = 0;
  siteMean: NDArray;

  constructor(shape: number[]) {
    this.siteMean = zeros(shape);
  }

  /** Adds one measurement; returns the number of samples so far. */
  add(energy: number, config: NDArray): number {
    this.count += 1;
    this.sumE += energy;
    this.sumE2 += energy * energy;
    this.sumAbsM += Math.abs(config.mean());
    const delta = config.sub(this.siteMean);
    this.siteMean.iadd(delta.div(this.count));
    return this.count;
  }

  specificHeat(beta: number, sites: number): number {
    const e = this.sumE / this.count;
    const e2 = this.sumE2 / this.count;
    return beta * beta * sites * (e2 - e * e);
  }
}

// ---------------------------------------------------------------------------
// Hot start
// ---------------------------------------------------------------------------
const spins = zeros([L, L]);
for (let k = 0; k < spins.size; k++) {
  spins.data[k] = rand() < 0.5 ? -1 : 1;
}

const firstRow = spins.slice(0);
console.log("initial first row:", (firstRow.tolist() as number[]).join(" "));
console.log(`initial magnetisation ${spins.mean().toFixed(3)}, energy ${energyPerSite(spins).toFixed(3)}`);

const reference = spins.copy();
let lastBeforeFlip: NDArray = spins; // no global flip yet: the current configuration
const magnetisation = zeros(SWEEPS);
const acc = new Accumulator([L, L]);

for (let sweep = 0; sweep < SWEEPS; sweep++) {
  metropolisHalfSweep(spins, BETA, 0);
  metropolisHalfSweep(spins, BETA, 1);

  if (sweep % FLIP_EVERY === FLIP_EVERY - 1) {
    // global Z2 move: exact symmetry of the Hamiltonian, always accepted
    lastBeforeFlip = spins.copy();
    spins.imul(-1);
  }

  magnetisation.set(sweep, spins.mean());
  if (sweep >= THERMALISATION) {
    acc.add(energyPerSite(spins), spins);
  }
}

// ---------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------
const production = magnetisation.slice(`${THERMALISATION}:`);
console.log(`<|m|> = ${(acc.sumAbsM / acc.count).toFixed(4)}, <m> = ${production.mean().toFixed(4)}`);
console.log(`specific heat per site: ${acc.specificHeat(BETA, L * L).toFixed(3)}`);
console.log(`overlap with the hot start: ${spins.mul(reference).mean().toFixed(4)}`);
console.log(`overlap with the last pre-flip state: ${spins.mul(lastBeforeFlip).mean().toFixed(4)}`);
console.log(`site-averaged spin range: [${acc.siteMean.min().toFixed(3)}, ${acc.siteMean.max().toFixed(3)}]`);

for (const r of [1, 2, 4, 8]) {
  console.log(`G(${r}) = ${correlation(spins, r).toFixed(4)}`);
}

// lattice-gas picture: occupation n = (1 + s) / 2
const occupation = spins.astype("float64");
occupation.iadd(1);
occupation.imul(0.5);
console.log(`lattice-gas density: ${occupation.mean().toFixed(4)}`);

const finalFirstRow = spins.slice(0);
console.log("final first row:", (finalFirstRow.tolist() as number[]).join(" "));
