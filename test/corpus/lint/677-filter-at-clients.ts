// Federated averaging round: clips outlier client gradients, resets a stale layer row, and prints the audit trail and the server update.
// runnable
import { array, zeros, NDArray } from "ndalias";

function norm(v: NDArray): number {
  return Math.sqrt(v.mul(v).sum());
}

function average(vs: NDArray[]): NDArray {
  const acc = zeros(vs[0].size);
  for (const v of vs) acc.iadd(v);
  acc.idiv(vs.length);
  return acc;
}

const clientA = array([0.2, -0.1, 0.4]);
const clientB = array([2.5, -3.0, 1.8]);
const clientC = array([0.05, 0.3, -0.2]);
const clientD = array([-1.9, 2.2, 0.9]);
const clients = [clientA, clientB, clientC, clientD];

const maxNorm = 2.0;
const rawNorms = clients.map((g) => norm(g).toFixed(3));

// strongest client for the report, ranked on a copy of the list
const ranked = [...clients].sort((a, b) => norm(b) - norm(a));
const strongest = ranked[0].copy();
strongest.imul(1 / norm(strongest));
console.log("strongest direction:", strongest.tolist());

// clip the outliers before averaging
const outliers = clients.filter((g) => norm(g) > maxNorm);
for (const g of outliers) {
  g.imul(maxNorm / norm(g)); // expect: no-alias-mutation
}

console.log("raw norms:", rawNorms);
console.log("client B as submitted:", clientB.tolist());
const update = average(clients);
console.log("server update:", update.tolist());

// per-row view of the shared embedding layer
const layer = array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9]]);
const rows = [layer.slice(0), layer.slice(1), layer.slice(2)];
const rowSums = rows.map((r) => r.sum());
const stale = rows.at(-1)!;
stale.fill(0); // expect: no-view-mutation

console.log("row sums:", rowSums);
console.log("layer mass as submitted:", layer.sum());
