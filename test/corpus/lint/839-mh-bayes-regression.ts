// Random-walk Metropolis for Bayesian linear regression on synthetic data: standardised design columns, adaptive step size during burn-in, Welford running moments and a posterior predictive check.
import { array, zeros, NDArray } from "ndalias";

const N_OBS = 40;
const N_COEF = 3;
const NOISE_SIGMA = 0.3;
const PRIOR_SIGMA = 10;
const N_ITER = 6000;
const BURN_IN = 1500;

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
const rand = mulberry32(99);

function gaussian(): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

function randomVector(n: number): NDArray {
  const v = zeros(n);
  for (let i = 0; i < n; i++) v.set(i, gaussian());
  return v;
}

function matVec(X: NDArray, beta: NDArray): NDArray {
  const out = zeros(X.shape[0]);
  for (let i = 0; i < X.shape[0]; i++) out.set(i, X.slice(i).mul(beta).sum());
  return out;
}

// ---------------------------------------------------------------------------
// Synthetic data set (module-level, generated once)
// ---------------------------------------------------------------------------
const TRUE_COEF = array([1.5, -2.0, 0.5]);
const X_RAW = zeros([N_OBS, N_COEF]);
for (let i = 0; i < N_OBS; i++) {
  X_RAW.set([i, 0], 10 + 3 * gaussian()); // temperature-like
  X_RAW.set([i, 1], 0.01 * gaussian()); // tiny scale
  X_RAW.set([i, 2], 100 * rand()); // percentage
}

/** Centres every column and scales it to unit variance, in place. */
function standardiseColumns(X: NDArray): void {
  for (let j = 0; j < X.shape[1]; j++) {
    const col = X.slice(":", j);
    col.isub(col.mean());
    const sd = Math.sqrt(col.mul(col).mean());
    if (sd > 0) col.idiv(sd);
  }
}

const design = X_RAW.copy();
standardiseColumns(design);

const Y_OBS = matVec(design, TRUE_COEF);
for (let i = 0; i < N_OBS; i++) Y_OBS.set(i, Y_OBS.get(i) + NOISE_SIGMA * gaussian());
Y_OBS.isub(Y_OBS.mean());

function logPosterior(beta: NDArray): number {
  const resid = Y_OBS.sub(matVec(design, beta));
  const logLik = (-0.5 * resid.mul(resid).sum()) / NOISE_SIGMA ** 2;
  const logPrior = (-0.5 * beta.mul(beta).sum()) / PRIOR_SIGMA ** 2;
  return logLik + logPrior;
}

class Moments {
  n = 0;
  mean: NDArray;
  m2: NDArray;
  constructor(dim: number) {
    this.mean = zeros(dim);
    this.m2 = zeros(dim);
  }
  /** Adds one sample; returns the sample count. */
  update(x: NDArray): number {
    this.n += 1;
    const delta = x.sub(this.mean);
    this.mean.iadd(delta.div(this.n));
    this.m2.iadd(delta.mul(x.sub(this.mean)));
    return this.n;
  }
  std(): NDArray {
    const s = this.m2.div(Math.max(this.n - 1, 1));
    for (let i = 0; i < s.size; i++) s.set(i, Math.sqrt(s.get(i)));
    return s;
  }
}

// ---------------------------------------------------------------------------
// Sampler
// ---------------------------------------------------------------------------
let current = zeros(N_COEF);
let logpCurrent = logPosterior(current);
let stepScale = 0.1;
let acceptedInWindow = 0;
let acceptedTotal = 0;
const moments = new Moments(N_COEF);

for (let it = 0; it < N_ITER; it++) {
  const proposal = current.add(randomVector(N_COEF).mul(stepScale));
  const logpProposal = logPosterior(proposal);
  if (Math.log(rand()) < logpProposal - logpCurrent) {
    current = proposal;
    logpCurrent = logpProposal;
    acceptedInWindow++;
    if (it >= BURN_IN) acceptedTotal++;
  }
  if (it < BURN_IN && it % 100 === 99) {
    // Robbins-Monro style tuning towards ~30 % acceptance
    stepScale *= Math.exp(acceptedInWindow / 100 - 0.3);
    acceptedInWindow = 0;
  }
  if (it >= BURN_IN) moments.update(current);
}

// ---------------------------------------------------------------------------
// Summary and posterior predictive check
// ---------------------------------------------------------------------------
console.log(`tuned step ${stepScale.toFixed(4)}, acceptance ${(acceptedTotal / (N_ITER - BURN_IN)).toFixed(3)}`);
console.log("posterior mean:", (moments.mean.tolist() as number[]).map((v) => v.toFixed(3)).join(" "));
console.log("posterior std :", (moments.std().tolist() as number[]).map((v) => v.toFixed(3)).join(" "));
console.log("true coef     :", (TRUE_COEF.tolist() as number[]).join(" "));

const predicted = matVec(design, moments.mean);
const residual = Y_OBS.sub(predicted);
residual.imul(residual);
const rmse = Math.sqrt(residual.mean());
console.log(`RMSE of the posterior-mean fit: ${rmse.toFixed(4)} (noise ${NOISE_SIGMA})`);
console.log(`raw covariate means untouched: ${X_RAW.slice(":", 0).mean().toFixed(3)}, ${X_RAW.slice(":", 2).mean().toFixed(3)}`);
