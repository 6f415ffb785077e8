// Assembles a three-bar plane truss, applies prescribed support displacements in place through void helpers and solves it with symmetric Gauss-Seidel.
import { array, zeros, NDArray } from "ndalias";

interface Member {
  from: number;
  to: number;
  ea: number;
}

const coords = array([
  [0.0, 0.0],
  [4.0, 0.0],
  [2.0, 3.0],
]);

function memberStiffness(m: Member): NDArray {
  const dx = coords.get(m.to, 0) - coords.get(m.from, 0);
  const dy = coords.get(m.to, 1) - coords.get(m.from, 1);
  const L = Math.hypot(dx, dy);
  const c = dx / L;
  const s = dy / L;
  const k = m.ea / L;
  const t = array([c * c, c * s, -c * c, -c * s]);
  const ke = zeros([4, 4]);
  const signs = [1, 1, -1, -1];
  const dirs = [c, s, c, s];
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      ke.set([i, j], k * signs[i] * signs[j] * dirs[i] * dirs[j]);
    }
  }
  console.log(`member ${m.from}-${m.to}: L=${L.toFixed(3)} m, direction terms ${t.tolist()}`);
  return ke;
}

function scatter(K: NDArray, ke: NDArray, m: Member): void {
  const dofs = [2 * m.from, 2 * m.from + 1, 2 * m.to, 2 * m.to + 1];
  for (let a = 0; a < 4; a++) {
    for (let b = 0; b < 4; b++) {
      K.set([dofs[a], dofs[b]], K.get(dofs[a], dofs[b]) + ke.get(a, b));
    }
  }
}

function prescribe(K: NDArray, f: NDArray, dof: number, value: number): void {
  // move the known displacement to the right-hand side, then decouple the dof
  const column = K.slice(":", dof);
  f.isub(column.mul(value));
  column.fill(0);
  const row = K.slice(dof);
  row.fill(0);
  K.set([dof, dof], 1);
  f.set(dof, value);
}

function gaussSeidelSweep(K: NDArray, f: NDArray, u: NDArray, forward: boolean): void {
  const n = u.size;
  for (let step = 0; step < n; step++) {
    const i = forward ? step : n - 1 - step;
    let acc = f.get(i);
    for (let j = 0; j < n; j++) {
      if (j !== i) acc -= K.get(i, j) * u.get(j);
    }
    u.set(i, acc / K.get(i, i));
  }
}

function residual(K: NDArray, f: NDArray, u: NDArray): NDArray {
  const r = f.copy();
  for (let i = 0; i < r.size; i++) {
    r.set(i, r.get(i) - K.slice(i).mul(u).sum());
  }
  return r;
}

const members: Member[] = [
  { from: 0, to: 1, ea: 2.1e8 },
  { from: 0, to: 2, ea: 1.6e8 },
  { from: 1, to: 2, ea: 1.6e8 },
];

const K = zeros([6, 6]);
for (const m of members) scatter(K, memberStiffness(m), m);

const f = zeros(6);
f.set(4, 15e3);
f.set(5, -40e3);

// pin at node 0, roller at node 1 with a 2 mm support settlement
const supports: Array<[number, number]> = [
  [0, 0],
  [1, 0],
  [3, -0.002],
];
supports.forEach(([dof, value]) => prescribe(K, f, dof, value));

const u = zeros(6);
for (let sweep = 0; sweep < 60; sweep++) {
  gaussSeidelSweep(K, f, u, true);
  gaussSeidelSweep(K, f, u, false);
}

const topNode = u.slice("4:6");
const r = residual(K, f, u);
console.log("constrained diagonal:", K.diagonal().tolist());
console.log("displacements (mm):", u.mul(1000).tolist());
console.log("top node (mm):", topNode.mul(1000).tolist());
console.log("residual norm:", Math.sqrt(r.mul(r).sum()).toExponential(2));
