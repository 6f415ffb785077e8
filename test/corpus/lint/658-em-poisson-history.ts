// EM for a two-component Poisson mixture of hourly page views, keeping a history of parameter snapshots for diagnostics.
import { array, empty, zeros, NDArray } from "ndalias";

class Snapshot {
  rates: NDArray;
  mix: NDArray;
  parent: Snapshot | null;

  constructor(rates: NDArray, mix: NDArray, parent: Snapshot | null) {
    this.rates = rates;
    this.mix = mix;
    this.parent = parent;
  }

  depth(): number {
    return this.parent ? this.parent.depth() + 1 : 0;
  }
}

function logPoisson(x: number, lambda: number): number {
  let logFact = 0;
  for (let i = 2; i <= x; i++) logFact += Math.log(i);
  return x * Math.log(lambda) - lambda - logFact;
}

function responsibilities(counts: NDArray, rates: NDArray, mix: NDArray): NDArray {
  const n = counts.size;
  const resp = zeros([n, rates.size]);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < rates.size; c++) {
      resp.set([i, c], mix.get(c) * Math.exp(logPoisson(counts.get(i), rates.get(c))));
    }
    resp.slice(i).idiv(resp.slice(i).sum());
  }
  return resp;
}

const pageViews = array([3, 5, 4, 2, 6, 21, 18, 25, 19, 4, 22, 3]);
const maxIter = 50;
const trail = empty(maxIter, "object");

let rates = array([1, 10]);
let mix = array([0.5, 0.5]);
let head = new Snapshot(rates.copy(), mix.copy(), null);

for (let it = 0; it < maxIter; it++) {
  const resp = responsibilities(pageViews, rates, mix);
  const weightTotals = zeros(rates.size);
  const newRates = zeros(rates.size);
  for (let c = 0; c < rates.size; c++) {
    const r = resp.slice(":", c);
    weightTotals.set(c, r.sum());
    newRates.set(c, r.mul(pageViews).sum() / r.sum());
  }
  const newMix = weightTotals.div(pageViews.size);
  const moved = newRates.sub(rates);
  rates = newRates;
  mix = newMix;
  trail.set(it, rates.copy());
  head = new Snapshot(rates.copy(), mix.copy(), head);
  if (Math.abs(moved.max()) + Math.abs(moved.min()) < 1e-8) break;
}

console.log("rates:", rates.tolist(), "mix:", mix.tolist());
console.log("snapshots kept:", head.depth(), "first logged rates:", (trail.get(0) as NDArray).tolist());
