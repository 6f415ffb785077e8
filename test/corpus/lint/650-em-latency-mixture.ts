// Fits a two-component 1-D Gaussian mixture to request latencies with EM and stops when the log-likelihood gain is small.
import { array, zeros, NDArray } from "ndalias";

class MixtureState {
  means: NDArray;
  variances: NDArray;
  weights: NDArray;
  logLik = -Infinity;
  previous: MixtureState | null = null;

  constructor(means: NDArray, variances: NDArray, weights: NDArray) {
    this.means = means;
    this.variances = variances;
    this.weights = weights;
  }
}

function gaussian(x: number, mu: number, variance: number): number {
  return Math.exp(-((x - mu) ** 2) / (2 * variance)) / Math.sqrt(2 * Math.PI * variance);
}

function eStep(data: NDArray, s: MixtureState): NDArray {
  const n = data.size;
  const k = s.means.size;
  const resp = zeros([n, k]);
  let ll = 0;
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let c = 0; c < k; c++) {
      const p = s.weights.get(c) * gaussian(data.get(i), s.means.get(c), s.variances.get(c));
      resp.set([i, c], p);
      total += p;
    }
    resp.slice(i).idiv(total);
    ll += Math.log(total);
  }
  s.logLik = ll;
  return resp;
}

function mStep(data: NDArray, resp: NDArray, prev: MixtureState): MixtureState {
  const k = resp.shape[1];
  const means = zeros(k);
  const variances = zeros(k);
  const weights = zeros(k);
  for (let c = 0; c < k; c++) {
    const r = resp.slice(":", c);
    const nk = r.sum();
    const mu = r.mul(data).sum() / nk;
    const diff = data.sub(mu);
    means.set(c, mu);
    variances.set(c, r.mul(diff).mul(diff).sum() / nk + 1e-6);
    weights.set(c, nk / data.size);
  }
  const next = new MixtureState(means, variances, weights);
  next.previous = prev;
  return next;
}

const latencies = array([12, 14, 11, 13, 15, 48, 52, 47, 55, 50, 13, 49, 12, 51]);

let state = new MixtureState(array([20, 40]), array([100, 100]), array([0.5, 0.5]));
state.previous = state; // expect: no-reference-cycle

for (let it = 0; it < 200; it++) {
  const resp = eStep(latencies, state);
  const prevLogLik = state.previous ? state.previous.logLik : -Infinity;
  if (it > 0 && state.logLik - prevLogLik < 1e-9) {
    console.log(`converged after ${it} iterations, log-likelihood ${state.logLik.toFixed(4)}`);
    break;
  }
  state = mStep(latencies, resp, state);
}

const ordered = state.means.copy();
ordered.sort(); // expect: no-lost-write
console.log("component means (ascending):", state.means.tolist());
console.log("component weights:", state.weights.tolist());
