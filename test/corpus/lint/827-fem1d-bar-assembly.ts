// Linear finite elements for steady 1-D heat conduction -(k T')' = q in a bar: element matrices assembled into a global system, Dirichlet rows imposed, dense solve, reactions and a refinement study.
import { array, zeros, linspace, NDArray } from "ndalias";

const LENGTH = 2.0;
const K_COND = 3.0; // conductivity
const Q_SOURCE = 5.0; // volumetric heat source
const T_LEFT = 20.0;
const T_RIGHT = 35.0;

/** 2x2 element conductance matrix of a linear element of length h. */
function elementStiffness(k: number, h: number): NDArray {
  const ke = array([
    [1, -1],
    [-1, 1],
  ]);
  ke.imul(k / h);
  return ke;
}

/** Consistent load vector of a uniform source on a linear element. */
function elementLoad(q: number, h: number): NDArray {
  return array([0.5, 0.5]).mul(q * h);
}

/** Assembles the global conductance matrix and load vector on the given node coordinates. */
function assemble(nodes: NDArray, k: number, q: number): [NDArray, NDArray] {
  const n = nodes.size;
  const K = zeros([n, n]);
  const F = zeros(n);
  for (let e = 0; e < n - 1; e++) {
    const h = nodes.get(e + 1) - nodes.get(e);
    const ke = elementStiffness(k, h);
    const fe = elementLoad(q, h);
    K.slice(`${e}:${e + 2}`, `${e}:${e + 2}`).iadd(ke);
    F.slice(`${e}:${e + 2}`).iadd(fe);
  }
  return [K, F];
}

/** Imposes T[node] = value by symmetric row/column elimination; writes K and F in place. */
function applyDirichlet(K: NDArray, F: NDArray, node: number, value: number): void {
  F.isub(K.slice(":", node).mul(value));
  K.slice(node).fill(0);
  K.slice(":", node).fill(0);
  K.set([node, node], 1);
  F.set(node, value);
}

/** Gaussian elimination with partial pivoting on working copies of K and F. */
function solveDense(K: NDArray, F: NDArray): NDArray {
  const n = F.size;
  const A = K.copy();
  const b = F.copy();
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) {
      if (Math.abs(A.get(r, col)) > Math.abs(A.get(pivot, col))) pivot = r;
    }
    if (pivot !== col) {
      const saved = A.slice(pivot).copy();
      A.slice(pivot).assign(":", A.slice(col));
      A.slice(col).assign(":", saved);
      const tmp = b.get(pivot);
      b.set(pivot, b.get(col));
      b.set(col, tmp);
    }
    for (let r = col + 1; r < n; r++) {
      const factor = A.get(r, col) / A.get(col, col);
      if (factor === 0) continue;
      A.slice(r).isub(A.slice(col).mul(factor));
      b.set(r, b.get(r) - factor * b.get(col));
    }
  }
  const x = zeros(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = b.get(r);
    for (let c = r + 1; c < n; c++) s -= A.get(r, c) * x.get(c);
    x.set(r, s / A.get(r, r));
  }
  return x;
}

function matVec(M: NDArray, v: NDArray): NDArray {
  const rows = M.shape[0];
  const out = zeros(rows);
  for (let i = 0; i < rows; i++) {
    out.set(i, M.slice(i).mul(v).sum());
  }
  return out;
}

function exactTemperature(x: number): number {
  return T_LEFT + ((T_RIGHT - T_LEFT) * x) / LENGTH + (Q_SOURCE / (2 * K_COND)) * x * (LENGTH - x);
}

function maxError(T: NDArray, nodes: NDArray): number {
  let worst = 0;
  for (let i = 0; i < nodes.size; i++) {
    worst = Math.max(worst, Math.abs(T.get(i) - exactTemperature(nodes.get(i))));
  }
  return worst;
}

// ---------------------------------------------------------------------------
// Reference mesh: 10 elements
// ---------------------------------------------------------------------------
const N_ELEM = 10;
const nodes = linspace(0, LENGTH, N_ELEM + 1);
const [K, F] = assemble(nodes, K_COND, Q_SOURCE);

// the unconstrained system is kept for the reaction fluxes
const Kfull = K.copy();
const Ffull = F.copy();
console.log("load vector before BCs:", (F.tolist() as number[]).map((v: number) => v.toFixed(3)).join(" "));
console.log("row sums of K (should vanish):", K.slice(3).sum().toExponential(2));

applyDirichlet(K, F, 0, T_LEFT);
applyDirichlet(K, F, N_ELEM, T_RIGHT);

// conditioning indicator of the reduced block, taken after the constraints are in place
const reduced = K.slice("1:-1, 1:-1");
const diagRatio = reduced.diagonal().max() / reduced.diagonal().min();
console.log(`diagonal ratio of the reduced block: ${diagRatio.toFixed(3)}`);

const T = solveDense(K, F);
const reactions = matVec(Kfull, T).sub(Ffull);
console.log(`reaction flux at x=0: ${reactions.get(0).toFixed(4)}, at x=L: ${reactions.get(N_ELEM).toFixed(4)}`);
console.log(`global balance (reactions + source): ${(reactions.sum() + Q_SOURCE * LENGTH).toExponential(2)}`);
console.log(`nodal error vs exact: ${maxError(T, nodes).toExponential(2)}`);

// convert the solution to kelvin for the report
T.iadd(273.15);
console.log("T [K]:", (T.tolist() as number[]).map((v: number) => v.toFixed(2)).join(" "));

// ---------------------------------------------------------------------------
// Refinement study with a graded mesh (denser near the right end)
// ---------------------------------------------------------------------------
for (const nE of [4, 8, 16, 32]) {
  const xi = linspace(0, 1, nE + 1);
  const graded = xi.mul(xi).mul(-0.3).add(xi.mul(1.3)).mul(LENGTH);
  const [Kr, Fr] = assemble(graded, K_COND, Q_SOURCE);
  applyDirichlet(Kr, Fr, 0, T_LEFT);
  applyDirichlet(Kr, Fr, nE, T_RIGHT);
  const Tr = solveDense(Kr, Fr);
  const midIndex = Math.floor(nE / 2);
  console.log(
    `nE=${String(nE).padStart(2)}  max nodal error ${maxError(Tr, graded).toExponential(2)}  T(mid node)=${Tr.get(midIndex).toFixed(4)}`,
  );
}
