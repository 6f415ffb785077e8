// Conjugate-gradient solver for a grounded spring network that reuses its work vectors across load cases.
import { zeros, NDArray } from "ndalias";

class CGWorkspace {
  private r: NDArray;
  private p: NDArray;
  private Ap: NDArray;
  private x: NDArray;
  iterations = 0;

  constructor(readonly n: number) {
    this.r = zeros(n);
    this.p = zeros(n);
    this.Ap = zeros(n);
    this.x = zeros(n);
  }

  private applyOperator(K: NDArray): void {
    for (let i = 0; i < this.n; i++) {
      this.Ap.set(i, K.slice(i).mul(this.p).sum());
    }
  }

  solve(K: NDArray, f: NDArray, tol = 1e-10, maxIter = 500): NDArray {
    this.x.fill(0);
    this.r.assign(":", f);
    this.p.assign(":", f);
    let rr = this.r.mul(this.r).sum();
    const stop = tol * tol * f.mul(f).sum();
    this.iterations = 0;
    while (rr > stop && this.iterations < maxIter) {
      this.applyOperator(K);
      const alpha = rr / this.p.mul(this.Ap).sum();
      this.x.iadd(this.p.mul(alpha));
      this.r.isub(this.Ap.mul(alpha));
      const rrNew = this.r.mul(this.r).sum();
      this.p.imul(rrNew / rr);
      this.p.iadd(this.r);
      rr = rrNew;
      this.iterations++;
    }
    return this.x.copy();
  }

  lastResidual(): number {
    return Math.sqrt(this.r.mul(this.r).sum());
  }
}

function springNetwork(stiffness: number[], ground: number): NDArray {
  const n = stiffness.length + 1;
  const K = zeros([n, n]);
  stiffness.forEach((k, e) => {
    K.set([e, e], K.get(e, e) + k);
    K.set([e + 1, e + 1], K.get(e + 1, e + 1) + k);
    K.set([e, e + 1], K.get(e, e + 1) - k);
    K.set([e + 1, e], K.get(e + 1, e) - k);
  });
  K.set([0, 0], K.get(0, 0) + ground);
  return K;
}

function strainEnergy(K: NDArray, u: NDArray): number {
  let w = 0;
  for (let i = 0; i < u.size; i++) {
    w += 0.5 * u.get(i) * K.slice(i).mul(u).sum();
  }
  return w;
}

const K = springNetwork([800, 650, 650, 500, 420], 5e4);
const n = K.shape[0];

const referenceLoad = zeros(n);
referenceLoad.set(n - 1, 1000);
referenceLoad.set(Math.floor(n / 2), 400);

const loadCases: Array<[string, number]> = [
  ["service", 1.0],
  ["ultimate", 1.5],
  ["accidental", 2.2],
];

const workspace = new CGWorkspace(n);
const solutions: Array<{ name: string; u: NDArray; iterations: number }> = [];

for (const [name, factor] of loadCases) {
  const f = referenceLoad.mul(factor);
  const u = workspace.solve(K, f);
  solutions.push({ name, u, iterations: workspace.iterations });
  console.log(`${name}: ${workspace.iterations} iterations, residual ${workspace.lastResidual().toExponential(2)}`);
}

let governing: NDArray = solutions[0].u;
for (const s of solutions) {
  if (s.u.max() > governing.max()) governing = s.u;
}
let tipHistory: NDArray = governing;
tipHistory = tipHistory.mul(1000);
tipHistory.isub(tipHistory.min());

console.log("reference load:", referenceLoad.tolist());
for (const s of solutions) {
  console.log(s.name, "u (m):", s.u.tolist(), "energy (J):", strainEnergy(K, s.u).toFixed(3));
}
console.log("governing relative displacement (mm):", tipHistory.tolist());
console.log("governing case peak (m):", governing.max());
