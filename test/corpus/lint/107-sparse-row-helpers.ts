// A small sparse-ish matrix toolkit: a generic row helper returns a view that a pruning step zeroes, while column blocks of a scratch matrix are filled independently.
import { array, zeros, NDArray } from "ndalias";

function rowOf<T extends NDArray>(m: T, i: number): NDArray {
  return m.slice(i);
}

function nnz(m: NDArray): number {
  let count = 0;
  for (const row of m.tolist() as number[][]) count += row.filter((v) => v !== 0).length;
  return count;
}

function density(m: NDArray): number {
  return nnz(m) / m.size;
}

const adjacency = array([
  [0, 1, 0, 2],
  [1, 0, 0, 0],
  [0, 0, 3, 0.01],
  [2, 0, 0, 0],
]);

const weakRow = rowOf(adjacency, 2);
if (weakRow.max() < 5) {
  weakRow.fill(0); // expect: no-view-mutation
}
console.log("density after pruning:", density(adjacency));

function blockLaplacian(n: number): number[] {
  const scratch = zeros([n, 2 * n]);
  const left = scratch.slice(":", `0:${n}`);
  const right = scratch.slice(":", `${n}:`);
  left.fill(1);
  for (let i = 0; i < n; i++) right.set([i, i], -n);
  return [left.sum(), right.sum()];
}

console.log("block sums:", blockLaplacian(3));
