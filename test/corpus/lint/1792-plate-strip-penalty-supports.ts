// Assembles a plate strip on elastic supports, screens the stiffness entries, applies penalty supports and solves with Gauss-Seidel.
import { zeros, NDArray } from "ndalias";

function stripElement(D: number, h: number): NDArray {
  // 1-D bending strip discretised with a three-point stencil per element pair
  const k = D / h ** 3;
  const ke = zeros([3, 3]);
  ke.set([0, 0], k);
  ke.set([0, 1], -2 * k);
  ke.set([0, 2], k);
  ke.set([1, 0], -2 * k);
  ke.set([1, 1], 4 * k);
  ke.set([1, 2], -2 * k);
  ke.set([2, 0], k);
  ke.set([2, 1], -2 * k);
  ke.set([2, 2], k);
  return ke;
}

function assembleStrip(nodes: number, D: number, h: number, foundation: number): NDArray {
  const K = zeros([nodes, nodes]);
  for (let e = 0; e + 2 < nodes; e++) {
    K.slice(`${e}:${e + 3}, ${e}:${e + 3}`).iadd(stripElement(D, h));
  }
  for (let i = 0; i < nodes; i++) {
    K.set([i, i], K.get(i, i) + foundation * h);
  }
  return K;
}

function isSymmetric(K: NDArray, tol: number): boolean {
  return K.sub(K.T).max() <= tol && K.sub(K.T).min() >= -tol;
}

function gaussSeidel(K: NDArray, f: NDArray, u: NDArray, sweeps: number): void {
  const n = u.size;
  for (let s = 0; s < sweeps; s++) {
    for (let i = 0; i < n; i++) {
      let acc = f.get(i);
      for (let j = 0; j < n; j++) {
        if (j !== i) acc -= K.get(i, j) * u.get(j);
      }
      u.set(i, acc / K.get(i, i));
    }
  }
}

function bendingMoments(u: NDArray, D: number, h: number): NDArray {
  const m = zeros(u.size);
  for (let i = 1; i + 1 < u.size; i++) {
    m.set(i, (-D * (u.get(i - 1) - 2 * u.get(i) + u.get(i + 1))) / (h * h));
  }
  return m;
}

const nodes = 9;
const h = 0.5;
const K = assembleStrip(nodes, 2.4e5, h, 8.0e6);
console.log("symmetric:", isSymmetric(K, 1e-6));

// screen the magnitude of the entries: median nonzero entry for the penalty size
const entries = K.ravel();
entries.sort(); // expect: no-view-mutation
let nonzero = 0;
for (let i = 0; i < entries.size; i++) if (entries.get(i) !== 0) nonzero++;
const medianEntry = Math.abs(entries.get(entries.size - Math.ceil(nonzero / 2)));

const diagBefore = K.diagonal();
const largestDiag = diagBefore.max();
const penalty = 1e6 * Math.max(medianEntry, largestDiag);

// penalty supports at both ends of the strip
for (const dof of [0, nodes - 1]) {
  K.set([dof, dof], K.get(dof, dof) + penalty); // expect: no-view-mutation
}
const ratio = penalty / diagBefore.min();
console.log(`penalty ${penalty.toExponential(2)}, penalty / smallest diagonal ${ratio.toExponential(2)}`);

const f = zeros(nodes);
f.slice("3:6").fill(-25e3 * h);
const u = zeros(nodes);
gaussSeidel(K, f, u, 300);

const interior = u.slice("1:-1");
console.log("deflection (mm):", u.mul(1000).tolist());
console.log("largest interior deflection (mm):", (interior.min() * 1000).toFixed(3));
console.log("bending moments (N m/m):", bendingMoments(u, 2.4e5, h).tolist());
console.log("support reactions (N):", -penalty * u.get(0), -penalty * u.get(nodes - 1));
