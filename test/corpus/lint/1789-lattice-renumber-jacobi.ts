// Renumbers the DOFs of a spring lattice with a bandwidth-reducing permutation and solves the permuted system with double-buffered Jacobi iterations.
import { zeros, NDArray } from "ndalias";

interface Spring {
  i: number;
  j: number;
  k: number;
}

function assemble(n: number, springs: Spring[], ground: number[]): NDArray {
  const K = zeros([n, n]);
  for (const s of springs) {
    K.set([s.i, s.i], K.get(s.i, s.i) + s.k);
    K.set([s.j, s.j], K.get(s.j, s.j) + s.k);
    K.set([s.i, s.j], K.get(s.i, s.j) - s.k);
    K.set([s.j, s.i], K.get(s.j, s.i) - s.k);
  }
  ground.forEach((g, dof) => {
    K.set([dof, dof], K.get(dof, dof) + g);
  });
  return K;
}

function bandwidth(K: NDArray): number {
  let bw = 0;
  for (let i = 0; i < K.shape[0]; i++) {
    for (let j = 0; j < K.shape[1]; j++) {
      if (K.get(i, j) !== 0) bw = Math.max(bw, Math.abs(i - j));
    }
  }
  return bw;
}

function inverse(perm: number[]): number[] {
  const inv = new Array<number>(perm.length);
  perm.forEach((p, i) => {
    inv[p] = i;
  });
  return inv;
}

// a ring of six nodes numbered around the ring, with two cross braces
const springs: Spring[] = [
  { i: 0, j: 1, k: 500 },
  { i: 1, j: 2, k: 500 },
  { i: 2, j: 3, k: 500 },
  { i: 3, j: 4, k: 500 },
  { i: 4, j: 5, k: 500 },
  { i: 5, j: 0, k: 500 },
  { i: 1, j: 4, k: 300 },
];
const n = 6;
const K = assemble(n, springs, [2000, 0, 0, 2000, 0, 0]);
const f = zeros(n);
f.set(2, 120);
f.set(5, -80);

// reverse Cuthill-McKee style ordering for the ring
const perm = [0, 5, 1, 4, 2, 3];
const Kp = K.take(perm, 0).take(perm, 1);
const loadFactor = 1.5;
const fp = f.take(perm);
fp.imul(loadFactor);
console.log("bandwidth original / permuted:", bandwidth(K), bandwidth(Kp));

// Jacobi with two buffers swapped after each sweep
let uOld = zeros(n);
let uNew = zeros(n);
let change = Infinity;
let sweeps = 0;
while (change > 1e-12 && sweeps < 2000) {
  for (let i = 0; i < n; i++) {
    let acc = fp.get(i);
    for (let j = 0; j < n; j++) {
      if (j !== i) acc -= Kp.get(i, j) * uOld.get(j);
    }
    uNew.set(i, acc / Kp.get(i, i));
  }
  change = uNew.sub(uOld).max() - uNew.sub(uOld).min();
  [uOld, uNew] = [uNew, uOld];
  sweeps++;
}

// back to the original numbering, in millimetres
let u: NDArray = uOld;
u = u.take(inverse(perm));
u.imul(1000);

const check = zeros(n);
for (let i = 0; i < n; i++) check.set(i, K.slice(i).mul(u).sum() / 1000 - loadFactor * f.get(i));

console.log(`Jacobi converged in ${sweeps} sweeps`);
console.log("permuted solution (m):", uOld.tolist());
console.log("displacements in original order (mm):", u.tolist());
console.log("equilibrium check (N):", check.tolist());
console.log("scratch buffer of the last sweep (m):", uNew.tolist());
