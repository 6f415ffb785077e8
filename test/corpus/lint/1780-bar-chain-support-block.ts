// Assembles a chain of axial bar elements, keeps the support block for a preconditioner estimate, fixes node 0 in place and solves by Jacobi sweeps.
// runnable
import { array, zeros, NDArray } from "ndalias";

interface Bar {
  area: number;
  modulus: number;
  length: number;
}

function barStiffness(bar: Bar): NDArray {
  const k = (bar.area * bar.modulus) / bar.length;
  return array([
    [k, -k],
    [-k, k],
  ]);
}

function assembleChain(bars: Bar[]): NDArray {
  const n = bars.length + 1;
  const K = zeros([n, n]);
  for (let e = 0; e < bars.length; e++) {
    K.slice(`${e}:${e + 2}, ${e}:${e + 2}`).iadd(barStiffness(bars[e]));
  }
  return K;
}

function jacobiSolve(K: NDArray, f: NDArray, u: NDArray, sweeps: number): void {
  const n = f.size;
  const next = zeros(n);
  for (let s = 0; s < sweeps; s++) {
    for (let i = 0; i < n; i++) {
      let acc = f.get(i);
      for (let j = 0; j < n; j++) {
        if (j !== i) acc -= K.get(i, j) * u.get(j);
      }
      next.set(i, acc / K.get(i, i));
    }
    u.assign(":", next);
  }
}

function diagonalSpread(block: NDArray): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < block.shape[0]; i++) {
    const d = Math.abs(block.get(i, i));
    lo = Math.min(lo, d);
    hi = Math.max(hi, d);
  }
  return lo > 0 ? hi / lo : Infinity;
}

function residualNorm(K: NDArray, f: NDArray, u: NDArray): number {
  let sq = 0;
  for (let i = 0; i < f.size; i++) {
    const r = f.get(i) - K.slice(i).mul(u).sum();
    sq += r * r;
  }
  return Math.sqrt(sq);
}

const bars: Bar[] = [
  { area: 4e-4, modulus: 210e9, length: 1.5 },
  { area: 3e-4, modulus: 210e9, length: 1.5 },
  { area: 3e-4, modulus: 210e9, length: 1.0 },
  { area: 2e-4, modulus: 210e9, length: 1.0 },
];

const K = assembleChain(bars);
const nDof = K.shape[0];
const f = zeros(nDof);
f.set(nDof - 1, 12e3);

// unconstrained system, kept to recover the support reaction afterwards
const Kunconstrained = K.copy();

// support block of the first element, used for a block-Jacobi quality estimate
const supportBlock = K.slice("0:2, 0:2");
console.log("support block (N/m):", supportBlock.tolist());

// node 0 is fixed: zero its row and column, unit diagonal, zero load
K.slice(0).fill(0); // expect: no-view-mutation
K.slice(":", 0).fill(0); // expect: no-view-mutation
K.set([0, 0], 1); // expect: no-view-mutation
f.set(0, 0);

const u = zeros(nDof);
jacobiSolve(K, f, u, 400);

const spread = diagonalSpread(supportBlock);
console.log("diagonal spread of the support block:", spread.toFixed(3));
console.log("displacements (mm):", u.mul(1000).tolist());
console.log("residual:", residualNorm(K, f, u).toExponential(2));

const reaction = Kunconstrained.slice(0).mul(u).sum();
console.log("support reaction (N):", reaction.toFixed(1));
