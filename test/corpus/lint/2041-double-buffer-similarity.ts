// Item-to-item similarity refresh: alternates two score buffers between passes and keeps separate per-user and per-item accumulators.
import { array, zeros, full, NDArray } from "ndalias";

const itemVecs = array([
  [0.9, 0.1, 0.0],
  [0.8, 0.2, 0.1],
  [0.1, 0.9, 0.3],
  [0.0, 0.4, 0.9],
]);
const nItems = itemVecs.shape[0];
const damping = 0.6;

const simCache = new Map<string, number>();

function cosine(a: NDArray, b: NDArray): number {
  const na = Math.sqrt(a.mul(a).sum());
  const nb = Math.sqrt(b.mul(b).sum());
  return na > 0 && nb > 0 ? a.mul(b).sum() / (na * nb) : 0;
}

function pairSimilarity(i: number, j: number): number {
  const key = `${Math.min(i, j)}:${Math.max(i, j)}`;
  let s = simCache.get(key);
  if (s === undefined) {
    s = cosine(itemVecs.slice(i), itemVecs.slice(j));
    simCache.set(key, s);
  }
  return s;
}

// Two independent buffers: `current` is read while `next` is written, then they swap.
let current = full([nItems, nItems], 1 / nItems);
let next = zeros([nItems, nItems]);

for (let pass = 0; pass < 3; pass++) {
  for (let i = 0; i < nItems; i++) {
    for (let j = 0; j < nItems; j++) {
      const propagated = current.get(i, j) * damping;
      next.set([i, j], propagated + (1 - damping) * pairSimilarity(i, j));
    }
  }
  [current, next] = [next, current];
  next.fill(0);
}

// Separate accumulators that happen to start with the same values.
const userTotals = zeros(3);
const itemTotals = zeros(3);
const clicks = [
  { user: 0, item: 1 },
  { user: 2, item: 1 },
  { user: 1, item: 0 },
  { user: 2, item: 2 },
];
for (const c of clicks) {
  userTotals.set(c.user, userTotals.get(c.user) + 1);
  itemTotals.set(c.item, itemTotals.get(c.item) + 1);
}
itemTotals.idiv(clicks.length);

// A reference copy of the item vectors, perturbed for a robustness check.
const perturbed = itemVecs.copy();
perturbed.slice(0).iadd(0.05);
perturbed.iadd(array([0.01, -0.01, 0.0]));
const drift: number[] = [];
for (let i = 0; i < nItems; i++) {
  drift.push(1 - cosine(itemVecs.slice(i), perturbed.slice(i)));
}

// Neighbour lists from the converged buffer.
const neighbours: { item: number; nearest: number; score: number }[] = [];
for (let i = 0; i < nItems; i++) {
  const row = current.slice(i);
  let best = -1;
  let bestScore = -Infinity;
  for (let j = 0; j < nItems; j++) {
    if (j !== i && row.get(j) > bestScore) {
      bestScore = row.get(j);
      best = j;
    }
  }
  neighbours.push({ item: i, nearest: best, score: bestScore });
}

console.log("neighbours:", neighbours.map((n) => `${n.item}->${n.nearest} (${n.score.toFixed(3)})`));
console.log("user clicks:", userTotals.tolist(), "item click share:", itemTotals.tolist());
console.log("drift after perturbation:", drift.map((d) => d.toExponential(2)));
console.log("item vectors:", itemVecs.tolist());
