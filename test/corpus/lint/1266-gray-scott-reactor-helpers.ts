// Gray-Scott reaction-diffusion in 1-D: a reactor object owns both species, in-place boundary helpers and a module-level history buffer record the pattern formation.
import { ones, zeros, NDArray } from "ndalias";

// ---- parameters (gray_scott.py) ----
const nx = 128;
const dx = 1.0;
const dt = 0.5;
const du = 0.16;
const dv = 0.08;
const feed = 0.035;
const kill = 0.065;
const nSteps = 600;
const sampleEvery = 50;

// one entry per sample: mean of v, written by the recorder below
const HISTORY = zeros(Math.floor(nSteps / sampleEvery) + 1);

// zero-flux walls through the ghost cells, in place
function applyNoFlux(c: NDArray): void {
  c.set(0, c.get(1));
  c.set(c.size - 1, c.get(c.size - 2));
}

// concentrations are physical only in [0, 1]; clip in place through the raw buffer
function clampUnit(c: NDArray): void {
  for (let i = 0; i < c.size; i++) {
    const ci = c.data[i] as number;
    c.data[i] = ci < 0 ? 0 : ci > 1 ? 1 : ci;
  }
}

function diffuse(c: NDArray): NDArray {
  return c.slice("2:").sub(c.slice("1:-1").mul(2)).add(c.slice(":-2")).div(dx * dx);
}

class Reactor {
  u: NDArray;
  v: NDArray;
  time = 0;

  constructor(size: number) {
    this.u = ones(size + 2);
    this.v = zeros(size + 2);
  }

  // seed a square of v in the middle and perturb u there
  seed(lo: number, hi: number): void {
    this.u.slice(`${lo}:${hi}`).fill(0.5);
    this.v.slice(`${lo}:${hi}`).fill(0.25);
  }

  // explicit Euler step of u_t = Du u_xx - u v^2 + F(1 - u), v_t = Dv v_xx + u v^2 - (F + k) v
  react(): void {
    const ui = this.u.slice("1:-1");
    const vi = this.v.slice("1:-1");
    const uvv = ui.mul(vi).mul(vi);
    const dU = diffuse(this.u).mul(du).sub(uvv).add(ui.mul(-1).add(1).mul(feed));
    const dV = diffuse(this.v).mul(dv).add(uvv).sub(vi.mul(feed + kill));
    this.u.assign("1:-1", ui.add(dU.mul(dt)));
    this.v.assign("1:-1", vi.add(dV.mul(dt)));
    this.time += dt;
  }

  species(): NDArray[] {
    return [this.u, this.v];
  }

  meanV(): number {
    return this.v.slice("1:-1").mean();
  }
}

function recordSample(k: number, value: number): void {
  HISTORY.set(k, value);
}

function countSpots(v: NDArray, threshold: number): number {
  let spots = 0;
  for (let i = 1; i < v.size - 1; i++) {
    if (v.get(i) > threshold && v.get(i - 1) <= threshold) spots += 1;
  }
  return spots;
}

// ---- run ----
const reactor = new Reactor(nx);
reactor.seed(54, 74);
recordSample(0, reactor.meanV());

for (let n = 1; n <= nSteps; n++) {
  reactor.species().forEach((c) => applyNoFlux(c));
  reactor.react();
  reactor.species().forEach(clampUnit);
  if (n % sampleEvery === 0) recordSample(n / sampleEvery, reactor.meanV());
}

// ---- diagnostics ----
console.log(`t = ${reactor.time}, spots of v: ${countSpots(reactor.v, 0.2)}`);
console.log("mean v history:", (HISTORY.tolist() as number[]).map((m: number) => m.toFixed(4)).join(" "));
console.log("u range:", reactor.u.min().toFixed(3), reactor.u.max().toFixed(3));

// reset for a second run with a wider seed
reactor.species().forEach((c) => c.fill(0));
reactor.u.fill(1);
reactor.seed(40, 88);
HISTORY.fill(0);
recordSample(0, reactor.meanV());
console.log("restarted: mean v", HISTORY.get(0).toFixed(4), "spots", countSpots(reactor.v, 0.2));
