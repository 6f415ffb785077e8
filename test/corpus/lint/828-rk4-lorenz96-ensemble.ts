// Lorenz-96 ensemble forecast with classical RK4 (stage buffers reused across steps), seasonal forcing, tendency-based blow-up check and ensemble-spread diagnostics.
import { zeros, full, NDArray } from "ndalias";

const N_VARS = 40;
const N_MEMBERS = 8;
const DT = 0.01;
const N_STEPS = 300;
const FORCING = full(N_VARS, 8.0);

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
const rand = mulberry32(96);

/** dx_i/dt = (x_{i+1} - x_{i-2}) x_{i-1} - x_i + F_i, written into `out`. */
function lorenz96Into(x: NDArray, forcing: NDArray, out: NDArray): void {
  const n = x.shape[0];
  for (let i = 0; i < n; i++) {
    const xp1 = x.get((i + 1) % n);
    const xm1 = x.get((i - 1 + n) % n);
    const xm2 = x.get((i - 2 + n) % n);
    out.set(i, (xp1 - xm2) * xm1 - x.get(i) + forcing.get(i));
  }
}

/** Forcing with a zonal wave-number-2 modulation on top of the climatological value. */
function perturbedForcing(amplitude: number, phase: number): NDArray {
  const wave = zeros(N_VARS);
  for (let i = 0; i < N_VARS; i++) {
    wave.set(i, amplitude * Math.sin((4 * Math.PI * i) / N_VARS + phase));
  }
  const f = FORCING;
  f.iadd(wave); // expect: no-alias-mutation
  return f;
}

class RK4Integrator {
  private readonly k1: NDArray;
  private readonly k2: NDArray;
  private readonly k3: NDArray;
  private readonly k4: NDArray;
  private readonly stage: NDArray;

  constructor(
    n: number,
    private readonly forcing: NDArray,
  ) {
    this.k1 = zeros(n);
    this.k2 = zeros(n);
    this.k3 = zeros(n);
    this.k4 = zeros(n);
    this.stage = zeros(n);
  }

  /** Advances x in place by one RK4 step of size h. */
  step(x: NDArray, h: number): void {
    lorenz96Into(x, this.forcing, this.k1);
    this.stage.assign(":", x);
    this.stage.iadd(this.k1.mul(h / 2));
    lorenz96Into(this.stage, this.forcing, this.k2);
    this.stage.assign(":", x);
    this.stage.iadd(this.k2.mul(h / 2));
    lorenz96Into(this.stage, this.forcing, this.k3);
    this.stage.assign(":", x);
    this.stage.iadd(this.k3.mul(h));
    lorenz96Into(this.stage, this.forcing, this.k4);
    x.iadd(this.k1.add(this.k2.mul(2)).add(this.k3.mul(2)).add(this.k4).mul(h / 6));
  }
}

function ensembleMean(ens: NDArray): NDArray {
  const mean = zeros(ens.shape[1]);
  for (let m = 0; m < ens.shape[0]; m++) mean.iadd(ens.slice(m));
  mean.idiv(ens.shape[0]);
  return mean;
}

function ensembleSpread(ens: NDArray): number {
  const mean = ensembleMean(ens);
  let ss = 0;
  for (let m = 0; m < ens.shape[0]; m++) {
    const d = ens.slice(m).sub(mean);
    ss += d.mul(d).sum();
  }
  return Math.sqrt(ss / (ens.shape[0] - 1) / ens.shape[1]);
}

function maxAbs(a: NDArray): number {
  return Math.max(a.max(), -a.min());
}

// ---------------------------------------------------------------------------
// Ensemble initialisation: climatological rest state plus small perturbations
// ---------------------------------------------------------------------------
const ensemble = zeros([N_MEMBERS, N_VARS]);
for (let m = 0; m < N_MEMBERS; m++) {
  ensemble.slice(m).fill(8.0);
  ensemble.set([m, 19], 8.01);
  for (let j = 0; j < N_VARS; j++) {
    ensemble.set([m, j], ensemble.get(m, j) + 0.01 * (rand() - 0.5));
  }
}

const seasonal = perturbedForcing(0.5, 0.0);
const rk = new RK4Integrator(N_VARS, seasonal);
const spreadLog: number[] = [];
const TENDENCY_LIMIT = 5.0;

for (let step = 0; step < N_STEPS; step++) {
  // snapshot of the whole ensemble for the tendency check
  const previous = ensemble.ravel();

  // every member is advanced from the same time level, increments applied together
  const increments = zeros([N_MEMBERS, N_VARS]);
  for (let m = 0; m < N_MEMBERS; m++) {
    const member = ensemble.slice(m).copy();
    rk.step(member, DT);
    increments.slice(m).assign(":", member.sub(ensemble.slice(m)));
  }
  ensemble.iadd(increments); // expect: no-view-mutation

  const largestChange = maxAbs(ensemble.ravel().sub(previous));
  if (largestChange > TENDENCY_LIMIT) {
    console.log(`step ${step}: tendency ${largestChange.toFixed(3)} exceeds limit, stopping`);
    break;
  }
  if (step % 25 === 0) spreadLog.push(ensembleSpread(ensemble));
}

const finalMean = ensembleMean(ensemble);
console.log("spread growth:", spreadLog.map((s) => s.toExponential(2)).join(" "));
console.log(`final ensemble-mean energy: ${(0.5 * finalMean.mul(finalMean).mean()).toFixed(3)}`);
console.log(`climatological forcing mean: ${FORCING.mean().toFixed(3)}`);
