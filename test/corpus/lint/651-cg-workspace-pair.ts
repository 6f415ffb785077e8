// Conjugate-gradient solve of a small SPD stiffness system using a preallocated pair of workspace buffers that know each other.
import { array, zeros, NDArray } from "ndalias";

class Workspace {
  buf: NDArray;
  sibling: Workspace | null = null;

  constructor(n: number) {
    this.buf = zeros(n);
  }
}

function matvecInto(A: NDArray, x: NDArray, out: NDArray): void {
  const n = x.size;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < n; j++) s += A.get(i, j) * x.get(j);
    out.set(i, s);
  }
}

export function makeWorkspacePair(n: number): Workspace {
  const primary = new Workspace(n);
  const secondary = new Workspace(n);
  primary.sibling = secondary;
  secondary.sibling = primary; // expect: no-reference-cycle
  return primary;
}

export function conjugateGradient(A: NDArray, b: NDArray, tol: number): NDArray {
  const ws = makeWorkspacePair(b.size);
  const Ap = ws.buf;
  const x = zeros(b.size);
  const r = b.copy();
  let p = r.copy();
  let rsOld = r.mul(r).sum();
  for (let it = 0; it < 4 * b.size; it++) {
    matvecInto(A, p, Ap);
    const alpha = rsOld / p.mul(Ap).sum();
    x.iadd(p.mul(alpha));
    r.isub(Ap.mul(alpha));
    const rsNew = r.mul(r).sum();
    if (Math.sqrt(rsNew) < tol) break;
    p = r.add(p.mul(rsNew / rsOld));
    rsOld = rsNew;
  }
  return x;
}

const stiffness = array([
  [4, -1, 0, 0],
  [-1, 4, -1, 0],
  [0, -1, 4, -1],
  [0, 0, -1, 3],
]);
const loads = array([1, 2, 0, 1]);

const displacement = conjugateGradient(stiffness, loads, 1e-12);
const check = zeros(loads.size);
matvecInto(stiffness, displacement, check);
check.isub(loads);

console.log("displacement:", displacement.tolist());
console.log("max residual:", Math.max(check.max(), -check.min()));
