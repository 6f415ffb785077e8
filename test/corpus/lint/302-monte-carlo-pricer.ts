// Monte Carlo pricing of European and Asian calls on simulated price paths, with a pricing run object that keeps its Greeks.
import { zeros, NDArray } from "ndalias";

function makeRng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (1664525 * s + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

export function simulatePaths(s0: number, sigma: number, dt: number, nPaths: number, nSteps: number, seed: number): NDArray {
  const rand = makeRng(seed);
  const paths = zeros([nPaths, nSteps + 1]);
  paths.slice(":", 0).fill(s0);
  for (let p = 0; p < nPaths; p++) {
    for (let k = 1; k <= nSteps; k++) {
      const growth = Math.exp(-0.5 * sigma * sigma * dt + sigma * Math.sqrt(dt) * gaussian(rand));
      paths.set([p, k], paths.get(p, k - 1) * growth);
    }
  }
  return paths;
}

export function callPayoff(terminal: NDArray, strike: number): number {
  terminal.isub(strike); // expect: no-alias-mutation
  let total = 0;
  for (let i = 0; i < terminal.size; i++) total += Math.max(terminal.get(i), 0);
  return total / terminal.size;
}

export function asianPayoff(paths: NDArray, strike: number): number {
  const nPaths = paths.shape[0];
  let total = 0;
  for (let p = 0; p < nPaths; p++) {
    total += Math.max(paths.slice(p, "1:").mean() - strike, 0);
  }
  return total / nPaths;
}

export function discountedTerminal(paths: NDArray, rate: number, maturity: number): NDArray {
  const terminal = paths.slice(":", -1);
  terminal.imul(Math.exp(-rate * maturity)); // expect: no-view-mutation
  return terminal;
}

class Greeks {
  values: NDArray = zeros(3);
  run: PricingRun | null = null;
}

class PricingRun {
  paths: NDArray;
  greeks: Greeks;
  constructor(paths: NDArray, readonly strike: number) {
    this.paths = paths;
    const g = new Greeks();
    this.greeks = g;
    g.run = this; // expect: no-reference-cycle
  }
  price(): number {
    return asianPayoff(this.paths, this.strike);
  }
  bumpDelta(bump: number): number {
    const up = asianPayoff(this.paths.mul(1 + bump), this.strike);
    const down = asianPayoff(this.paths.mul(1 - bump), this.strike);
    const delta = (up - down) / (2 * bump * this.paths.get(0, 0));
    this.greeks.values.set(0, delta);
    return delta;
  }
}

const paths = simulatePaths(100, 0.2, 1 / 12, 6, 12, 42);
const run = new PricingRun(paths, 100);
const europeanPrice = callPayoff(discountedTerminal(paths, 0.03, 1), 100);
console.log("european call:", europeanPrice);
console.log("asian call:", run.price(), "delta:", run.bumpDelta(0.01));
