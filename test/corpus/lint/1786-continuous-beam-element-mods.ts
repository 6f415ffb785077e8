// Assembles a two-span continuous beam from Euler-Bernoulli elements with a cracked span and semi-rigid end connections, and solves for the support rotations.
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

// effective stiffness of a cracked concrete span
function crackedSection(ke: NDArray, ratio: number): NDArray {
  ke.imul(ratio); // expect: no-alias-mutation
  return ke;
}

// semi-rigid connection at both ends: the rotational terms are reduced by the fixity factor
function semiRigidEnds(ke: NDArray, EI: number, L: number, kSpring: number): NDArray {
  const fixity = 1 / (1 + (3 * EI) / (kSpring * L));
  const rotational = ke.slice("1::2, 1::2");
  rotational.imul(fixity); // expect: no-view-mutation
  return ke;
}

function uniformLoadVector(q: number, L: number): NDArray {
  return array([(q * L) / 2, (q * L * L) / 12, (q * L) / 2, (-q * L * L) / 12]);
}

function applySupport(K: NDArray, f: NDArray, dof: number): void {
  K.slice(dof).fill(0);
  K.slice(":", dof).fill(0);
  K.set([dof, dof], 1);
  f.set(dof, 0);
}

function solveDense(A: NDArray, b: NDArray): NDArray {
  const M = A.copy();
  const x = b.copy();
  const n = x.size;
  for (let k = 0; k < n; k++) {
    for (let i = k + 1; i < n; i++) {
      const factor = M.get(i, k) / M.get(k, k);
      if (factor === 0) continue;
      for (let j = k; j < n; j++) M.set([i, j], M.get(i, j) - factor * M.get(k, j));
      x.set(i, x.get(i) - factor * x.get(k));
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    let acc = x.get(i);
    for (let j = i + 1; j < n; j++) acc -= M.get(i, j) * x.get(j);
    x.set(i, acc / M.get(i, i));
  }
  return x;
}

const EI = 3.2e7; // N m^2
const spans = [6.0, 4.5];
const q = -18e3; // N/m

const k1 = beamStiffness(EI, spans[0]);
const k2 = crackedSection(beamStiffness(EI, spans[1]), 0.6);
const k2connected = semiRigidEnds(k2.copy(), EI, spans[1], 4.0e7);

const K = zeros([6, 6]);
K.slice("0:4, 0:4").iadd(k1);
K.slice("2:6, 2:6").iadd(k2connected);

const f = zeros(6);
f.slice("0:4").iadd(uniformLoadVector(q, spans[0]));
f.slice("2:6").iadd(uniformLoadVector(q, spans[1]));
const fixedEndForces = f.copy();

// vertical supports at all three nodes, rotations free
for (const dof of [0, 2, 4]) applySupport(K, f, dof);

const u = solveDense(K, f);
const rotations = u.slice("1::2");
console.log("support rotations (mrad):", rotations.mul(1000).tolist());

// end moments of span 1 from the element equations
const u1 = u.slice("0:4");
const m1 = zeros(4);
for (let i = 0; i < 4; i++) {
  m1.set(i, k1.slice(i).mul(u1).sum() - uniformLoadVector(q, spans[0]).get(i));
}
console.log("span 1 end forces:", m1.tolist());
console.log("cracked span stiffness EI/L term:", k2.get(1, 1).toExponential(3));
console.log("fixed-end load vector:", fixedEndForces.tolist());
