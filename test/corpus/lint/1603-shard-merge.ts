// Merges per-shard gradients into a total, clears the padding cell of each shard's grid, and prints shard and merged totals.
// runnable
import { array, zeros, NDArray } from "ndalias";

function l2(x: NDArray): number {
  return Math.sqrt(x.mul(x).sum());
}

function clipByNorm(limit: number): (g: NDArray) => NDArray {
  return (g) => {
    const n = l2(g);
    return n > limit ? g.mul(limit / n) : g.copy();
  };
}

function clipElementwise(g: NDArray, bound: number): NDArray {
  const out = g.copy();
  for (let i = 0; i < out.size; i++) {
    const v = out.get(i);
    if (v > bound) out.set(i, bound);
    else if (v < -bound) out.set(i, -bound);
  }
  return out;
}

const gradients: NDArray[] = [
  array([0.5, -1.0, 2.0]),
  array([1.5, 0.5, -0.5]),
  array([-1.0, 2.0, 1.0]),
];

const norms = gradients.map(l2);
console.log("shard norms:", norms.map((n) => n.toFixed(3)));

const clipped = gradients.map(clipByNorm(2));
const bounded = gradients.map((g) => clipElementwise(g, 1.5));
console.log("clipped norms:", clipped.map(l2).map((n) => n.toFixed(3)));
console.log("bounded shards:", bounded.map((b) => b.tolist()));

const safeTotal = gradients.reduce((acc, g) => acc.add(g), zeros(3));
const fastTotal = gradients.reduce((acc, g) => acc.iadd(g)); // expect: no-alias-mutation
console.log("merged (safe):", safeTotal.tolist(), "merged (fast):", fastTotal.tolist());
console.log("first shard now:", gradients[0].tolist(), "norm:", l2(gradients[0]).toFixed(3));

const mean = gradients.map((g) => g.div(gradients.length)).reduce((acc, g) => acc.add(g), zeros(3));
console.log("mean gradient:", mean.tolist());

const grids = [
  array([
    [9, 1],
    [2, 3],
  ]),
  array([
    [9, 4],
    [5, 6],
  ]),
];

// The first cell of every grid is padding and must not count toward the totals.
grids.forEach((grid) => {
  const cells = grid.flatten();
  cells.set(0, 0); // expect: no-lost-write
});
console.log("grid totals after clearing padding:", grids.map((g) => g.sum()));

const masks = [
  array([
    [1, 1],
    [1, 1],
  ]),
  array([
    [1, 1],
    [1, 1],
  ]),
];
masks.forEach((mask) => {
  mask.set([0, 0], 0);
});
const maskedTotals = grids.map((g, k) => g.mul(masks[k]).sum());
console.log("masked grid totals:", maskedTotals);

const perShard = gradients.map((g, k) => ({ shard: k, total: g.sum(), max: g.max() }));
perShard.forEach((s) => console.log(`shard ${s.shard}: total=${s.total.toFixed(2)} max=${s.max.toFixed(2)}`));
