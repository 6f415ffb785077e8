// Affine-invariant ensemble MCMC (Goodman-Weare stretch move) for a correlated 2-D Gaussian posterior, with a stored chain, Welford running moments and autocorrelation times.
// runnable
import { array, zeros, NDArray } from "ndalias";

const DIM = 2;
const N_WALKERS = 8;
const N_STEPS = 400;
const BURN_IN = 100;
const STRETCH_A = 2.0;
const MAX_LAG = 40;

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
const rand = mulberry32(12345);

function gaussian(): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

// target: N(mu, C) with unit variances and correlation 0.8
const MU = array([1.0, -0.5]);
const RHO = 0.8;
const PRECISION = array([
  [1, -RHO],
  [-RHO, 1],
]).div(1 - RHO * RHO);

function logPosterior(theta: NDArray): number {
  const d = theta.sub(MU);
  let q = 0;
  for (let i = 0; i < DIM; i++) {
    for (let j = 0; j < DIM; j++) q += d.get(i) * PRECISION.get(i, j) * d.get(j);
  }
  return -0.5 * q;
}

/** z ~ g(z) proportional to 1/sqrt(z) on [1/a, a]. */
function sampleStretch(a: number): number {
  const u = rand();
  return ((a - 1) * u + 1) ** 2 / a;
}

class RunningMoments {
  n = 0;
  mean: NDArray;
  m2: NDArray;
  constructor(dim: number) {
    this.mean = zeros(dim);
    this.m2 = zeros(dim);
  }
  push(x: NDArray): void {
    this.n += 1;
    const delta = x.sub(this.mean);
    this.mean.iadd(delta.div(this.n));
    this.m2.iadd(delta.mul(x.sub(this.mean)));
  }
  variance(): NDArray {
    return this.m2.div(Math.max(this.n - 1, 1));
  }
}

/** Integrated autocorrelation time with the initial-positive-sequence cut-off. */
function autocorrTime(trace: NDArray, maxLag: number): number {
  const n = trace.size;
  const mu = trace.mean();
  let c0 = 0;
  for (let t = 0; t < n; t++) c0 += (trace.get(t) - mu) ** 2;
  let tau = 1;
  for (let lag = 1; lag <= maxLag; lag++) {
    let c = 0;
    for (let t = 0; t + lag < n; t++) c += (trace.get(t) - mu) * (trace.get(t + lag) - mu);
    const rho = c / c0;
    if (rho <= 0) break;
    tau += 2 * rho;
  }
  return tau;
}

// ---------------------------------------------------------------------------
// Walkers start in a small ball around a point away from the mode
// ---------------------------------------------------------------------------
const ensemble = zeros([N_WALKERS, DIM]);
for (let k = 0; k < N_WALKERS; k++) {
  for (let d = 0; d < DIM; d++) ensemble.set([k, d], 0.1 * gaussian());
}
const logp = zeros(N_WALKERS);
for (let k = 0; k < N_WALKERS; k++) logp.set(k, logPosterior(ensemble.slice(k)));

const chain = zeros([N_STEPS, N_WALKERS, DIM]);
const moments = new RunningMoments(DIM);
let accepted = 0;

for (let s = 0; s < N_STEPS; s++) {
  for (let k = 0; k < N_WALKERS; k++) {
    let j = Math.floor(rand() * (N_WALKERS - 1));
    if (j >= k) j += 1;
    const walker = ensemble.slice(k);
    const partner = ensemble.slice(j);
    const z = sampleStretch(STRETCH_A);
    const proposal = partner.add(walker.sub(partner).mul(z));
    const logpNew = logPosterior(proposal);
    const logAccept = (DIM - 1) * Math.log(z) + logpNew - logp.get(k);
    if (Math.log(rand()) < logAccept) {
      walker.assign(":", proposal); // expect: no-view-mutation
      logp.set(k, logpNew);
      accepted += 1;
    }
  }
  chain.slice(s).assign(":", ensemble);
  if (s >= BURN_IN) {
    for (let k = 0; k < N_WALKERS; k++) moments.push(ensemble.slice(k));
  }
}

// ---------------------------------------------------------------------------
// Posterior summary
// ---------------------------------------------------------------------------
const acceptance = accepted / (N_STEPS * N_WALKERS);
console.log(`acceptance fraction: ${acceptance.toFixed(3)}`);
console.log("posterior mean:", (moments.mean.tolist() as number[]).map((v: number) => v.toFixed(3)).join(" "));
console.log("posterior var :", (moments.variance().tolist() as number[]).map((v: number) => v.toFixed(3)).join(" "));

const production = chain.slice(`${BURN_IN}:`);
const tau = zeros(DIM);
for (let d = 0; d < DIM; d++) {
  const trace = production.slice(":", 0, d);
  const centred = trace.copy();
  centred.isub(trace.mean()); // expect: no-lost-write
  tau.set(d, autocorrTime(trace, MAX_LAG));
}
console.log("autocorrelation times (walker 0):", (tau.tolist() as number[]).map((v: number) => v.toFixed(2)).join(" "));

const nEffective = ((N_STEPS - BURN_IN) * N_WALKERS) / tau.max();
console.log(`effective sample size: ${nEffective.toFixed(0)}`);
const err = moments.mean.sub(MU);
console.log(`error of the mean in units of MC error: ${(Math.sqrt(err.mul(err).sum() * nEffective)).toFixed(2)}`);
