// Keeps a history of Cholesky factors of a growing Gram matrix: each rank-one update produces a new factor linked to the one it was derived from.
import { array, zeros, NDArray } from "ndalias";

function choleskyOf(G: NDArray): NDArray {
  const n = G.shape[0];
  const L = zeros([n, n]);
  for (let j = 0; j < n; j++) {
    let d = G.get(j, j) as number;
    for (let k = 0; k < j; k++) d -= (L.get(j, k) as number) ** 2;
    if (d <= 0) throw new Error(`not positive definite at pivot ${j}`);
    const ljj = Math.sqrt(d);
    L.set([j, j], ljj);
    for (let i = j + 1; i < n; i++) {
      let s = G.get(i, j) as number;
      for (let k = 0; k < j; k++) s -= (L.get(i, k) as number) * (L.get(j, k) as number);
      L.set([i, j], s / ljj);
    }
  }
  return L;
}

/** In-place rank-one update of a lower Cholesky factor: L Lᵀ + x xᵀ. */
function cholUpdateInPlace(L: NDArray, update: NDArray): void {
  const n = update.size;
  const x = update.copy();
  for (let k = 0; k < n; k++) {
    const lkk = L.get(k, k) as number;
    const xk = x.get(k) as number;
    const r = Math.hypot(lkk, xk);
    const c = r / lkk;
    const s = xk / lkk;
    L.set([k, k], r);
    for (let i = k + 1; i < n; i++) {
      const lik = ((L.get(i, k) as number) + s * (x.get(i) as number)) / c;
      L.set([i, k], lik);
      x.set(i, c * (x.get(i) as number) - s * lik);
    }
  }
}

class FactorVersion {
  readonly factor: NDArray;
  readonly step: number;
  previous: FactorVersion | null = null;
  next: FactorVersion | null = null;

  constructor(factor: NDArray, step: number) {
    this.factor = factor;
    this.step = step;
  }

  logDet(): number {
    let s = 0;
    for (let i = 0; i < this.factor.shape[0]; i++) s += 2 * Math.log(this.factor.get(i, i) as number);
    return s;
  }

  /** Derives the factor of G + x xᵀ without touching this version's factor. */
  update(x: NDArray): FactorVersion {
    const updated = this.factor.copy();
    cholUpdateInPlace(updated, x);
    const successor = new FactorVersion(updated, this.step + 1);
    successor.previous = this;
    this.next = successor; // expect: no-reference-cycle
    return successor;
  }
}

/** Solves (L Lᵀ) z = b with two triangular sweeps. */
function solveWithFactor(L: NDArray, b: NDArray): NDArray {
  const n = b.size;
  const y = b.copy();
  for (let i = 0; i < n; i++) {
    let s = y.get(i) as number;
    for (let k = 0; k < i; k++) s -= (L.get(i, k) as number) * (y.get(k) as number);
    y.set(i, s / (L.get(i, i) as number));
  }
  const z = y.copy();
  for (let i = n - 1; i >= 0; i--) {
    let s = z.get(i) as number;
    for (let k = i + 1; k < n; k++) s -= (L.get(k, i) as number) * (z.get(k) as number);
    z.set(i, s / (L.get(i, i) as number));
  }
  return z;
}

const gram = array([
  [5, 1, 0.5],
  [1, 4, 0.2],
  [0.5, 0.2, 3],
]);
const first = new FactorVersion(choleskyOf(gram), 0);

const observations = [array([1, 0.5, -0.2]), array([0.3, -1, 0.8]), array([-0.6, 0.2, 0.4])];
let latest = first;
for (const x of observations) {
  latest = latest.update(x);
  console.log(`step ${latest.step}: log det =`, latest.logDet().toFixed(5));
}

// Cross-check the last version against a factor computed from scratch.
const updatedGram = gram.copy();
for (const x of observations) {
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      updatedGram.set([i, j], (updatedGram.get(i, j) as number) + (x.get(i) as number) * (x.get(j) as number));
    }
  }
}
const fresh = choleskyOf(updatedGram);
const diff = fresh.sub(latest.factor);
console.log("max |L_fresh - L_updated|:", Math.max(diff.max(), -diff.min()).toExponential(2));

const rhs = array([1, 2, 3]);
console.log("solution with the latest factor:", solveWithFactor(latest.factor, rhs).tolist());
console.log("history length:", latest.step + 1, "first log det:", first.logDet().toFixed(5));
