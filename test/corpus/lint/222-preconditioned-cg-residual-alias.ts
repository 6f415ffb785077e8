// Preconditioned conjugate gradient (Polak-Ribiere beta) on a small SPD system: iterate state lives in class fields updated through their own paths, but the old residual is kept as an alias, and a Jacobi helper divides its argument in place while returning it.
import { array, zeros, NDArray } from "ndalias";

function matvec(A: NDArray, x: NDArray): NDArray {
  const y = zeros(A.shape[0]);
  for (let i = 0; i < A.shape[0]; i++) y.set(i, A.slice(i).mul(x).sum());
  return y;
}

function dot(a: NDArray, b: NDArray): number {
  return a.mul(b).sum();
}

/** Writes M^-1 r into z (Jacobi preconditioner). */
function applyJacobi(z: NDArray, r: NDArray, diag: NDArray): void {
  z.assign(":", r);
  z.idiv(diag);
}

function jacobiPrecondition(r: NDArray, diag: NDArray): NDArray {
  const z = r;
  z.idiv(diag); // expect: no-alias-mutation
  return z;
}

class ConjugateGradient {
  x: NDArray;
  r: NDArray;
  p: NDArray;
  iterations = 0;
  private readonly z: NDArray;
  private readonly diag: NDArray;

  constructor(private readonly A: NDArray, b: NDArray) {
    const n = b.size;
    this.x = zeros(n);
    this.r = b.copy();
    this.diag = zeros(n);
    for (let i = 0; i < n; i++) this.diag.set(i, A.get(i, i));
    this.z = zeros(n);
    applyJacobi(this.z, this.r, this.diag);
    this.p = this.z.copy();
  }

  step(): number {
    const Ap = matvec(this.A, this.p);
    const rzOld = dot(this.r, this.z);
    const alpha = rzOld / dot(this.p, Ap);
    this.x.iadd(this.p.mul(alpha));
    const rPrev = this.r;
    this.r.isub(Ap.mul(alpha)); // expect: no-alias-mutation
    applyJacobi(this.z, this.r, this.diag);
    const beta = dot(this.z, this.r.sub(rPrev)) / rzOld;
    this.p = this.z.add(this.p.mul(beta));
    this.iterations++;
    return Math.sqrt(dot(this.r, this.r));
  }

  solution(): NDArray {
    return this.x.copy();
  }
}

const A = array([
  [4, 1, 0, 0],
  [1, 3, 1, 0],
  [0, 1, 5, 2],
  [0, 0, 2, 6],
]);
const b = array([1, 2, 3, 4]);
const cg = new ConjugateGradient(A, b);
let res = Infinity;
while (res > 1e-10 && cg.iterations < 25) res = cg.step();
const x = cg.solution();
console.log(`pcg: ${cg.iterations} iterations, residual ${res.toExponential(2)}`, x.tolist());

const r0 = b.sub(matvec(A, x));
const z0 = jacobiPrecondition(r0, A.diagonal());
console.log("preconditioned residual:", z0.tolist(), "raw residual norm:", Math.sqrt(dot(r0, r0)));
