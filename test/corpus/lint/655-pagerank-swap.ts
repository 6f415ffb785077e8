// PageRank over a small link graph by power iteration, reusing two rank buffers that are swapped every step.
import { array, full, zeros, NDArray } from "ndalias";

function outDegrees(adj: NDArray): NDArray {
  const n = adj.shape[0];
  const deg = zeros(n);
  for (let i = 0; i < n; i++) deg.set(i, adj.slice(i).sum());
  return deg;
}

function propagateInto(adj: NDArray, deg: NDArray, rank: NDArray, out: NDArray): void {
  const n = rank.size;
  out.fill(0);
  for (let i = 0; i < n; i++) {
    if (deg.get(i) === 0) {
      out.iadd(rank.get(i) / n);
      continue;
    }
    for (let j = 0; j < n; j++) {
      if (adj.get(i, j) > 0) out.set(j, out.get(j) + rank.get(i) / deg.get(i));
    }
  }
}

const links = array([
  [0, 1, 1, 0, 0],
  [0, 0, 1, 0, 0],
  [1, 0, 0, 1, 0],
  [0, 0, 0, 0, 1],
  [0, 0, 0, 0, 0],
]);
const n = links.shape[0];
const damping = 0.85;
const deg = outDegrees(links);

let rank = full(n, 1 / n);
let next = zeros(n);
const initialRank = rank;
console.log("initial rank:", initialRank.tolist(), "total", initialRank.sum());

let steps = 0;
for (let it = 0; it < 200; it++) {
  propagateInto(links, deg, rank, next);
  next.imul(damping);
  next.iadd((1 - damping) / n);
  const diff = next.sub(rank);
  const change = Math.sqrt(diff.mul(diff).sum());
  [rank, next] = [next, rank];
  steps = it + 1;
  if (change < 1e-12) break;
}

const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => rank.get(b) - rank.get(a));
const ranked = rank.take(order);
console.log(`converged in ${steps} steps`);
console.log("pages by rank:", order.join(" > "), ranked.tolist());
console.log("rank mass:", rank.sum().toFixed(6));
