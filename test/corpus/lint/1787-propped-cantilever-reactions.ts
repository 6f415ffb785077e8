// Solves a propped cantilever modelled with two beam elements and recovers the support reactions from a copy of the unconstrained system.
import { array, zeros, NDArray } from "ndalias";

function beamStiffness(EI: number, L: number): NDArray {
  const a = (12 * EI) / L ** 3;
  const b = (6 * EI) / L ** 2;
  const c = (4 * EI) / L;
  const d = (2 * EI) / L;
  return array([
    [a, b, -a, b],
    [b, c, -b, d],
    [-a, -b, a, -b],
    [b, d, -b, c],
  ]);
}

function choleskySolve(A: NDArray, b: NDArray): NDArray {
  const n = b.size;
  const Lf = zeros([n, n]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A.get(i, j);
      for (let k = 0; k < j; k++) s -= Lf.get(i, k) * Lf.get(j, k);
      Lf.set([i, j], i === j ? Math.sqrt(s) : s / Lf.get(j, j));
    }
  }
  const y = zeros(n);
  for (let i = 0; i < n; i++) {
    let s = b.get(i);
    for (let k = 0; k < i; k++) s -= Lf.get(i, k) * y.get(k);
    y.set(i, s / Lf.get(i, i));
  }
  const x = zeros(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y.get(i);
    for (let k = i + 1; k < n; k++) s -= Lf.get(k, i) * x.get(k);
    x.set(i, s / Lf.get(i, i));
  }
  return x;
}

function matVec(A: NDArray, x: NDArray): NDArray {
  const out = zeros(A.shape[0]);
  for (let i = 0; i < A.shape[0]; i++) out.set(i, A.slice(i).mul(x).sum());
  return out;
}

const EI = 5.0e6;
const L = 3.0;
const P = -20e3; // point load at midspan
const ke = beamStiffness(EI, L);

const K = zeros([6, 6]);
K.slice("0:4, 0:4").iadd(ke);
K.slice("2:6, 2:6").iadd(ke);

const f = zeros(6);
f.set(2, P);

// largest diagonal term, used as the diagonal of decoupled dofs; read before the supports go in
const diag = K.diagonal();
const stiffest = diag.max();
const appliedTotal = f.sum();

// keep the unconstrained system for the reaction recovery
const Kfull = K.copy();
const fFull = f.copy();

// clamp at node 0 (w, theta), prop at node 2 (w)
const fixed = [0, 1, 4];
for (const dof of fixed) {
  K.slice(dof).fill(0);
  K.slice(":", dof).fill(0);
  K.set([dof, dof], stiffest);
  f.set(dof, 0);
}

const u = choleskySolve(K, f);
const reactions = matVec(Kfull, u);
reactions.isub(fFull);

const midspan = u.slice("2:4");
const reactionAtClamp = reactions.slice("0:2");
console.log("applied load total (N):", appliedTotal);
console.log("midspan deflection (mm), rotation (mrad):", midspan.mul(1000).tolist());
console.log("clamp reaction (N), moment (N m):", reactionAtClamp.tolist());
console.log("prop reaction (N):", reactions.get(4).toFixed(1));
console.log("equilibrium error (N):", (reactions.get(0) + reactions.get(4) + appliedTotal).toExponential(2));
console.log("expected clamp reaction 11P/16 (N):", ((-11 * P) / 16).toFixed(1));
