// Implicit-feedback pipeline: summarises a user x item interaction matrix, finds a popularity cut-off, and builds item-major co-occurrence counts.
import { array, zeros, NDArray } from "ndalias";

const interactions = array([
  [3, 0, 1, 0, 5],
  [0, 2, 0, 4, 1],
  [1, 1, 0, 0, 0],
  [0, 0, 6, 1, 2],
]);
const nUsers = interactions.shape[0];
const nItems = interactions.shape[1];

function percentileOfSorted(sorted: NDArray, q: number): number {
  const pos = Math.min(sorted.size - 1, Math.max(0, Math.round(q * (sorted.size - 1))));
  return sorted.get(pos);
}

function cooccurrence(byItem: NDArray): NDArray {
  const n = byItem.shape[0];
  const out = zeros([n, n]);
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      const both = byItem.slice(a).mul(byItem.slice(b));
      out.set([a, b], both.sum());
    }
  }
  return out;
}

// Per-user activity read straight from the matrix.
const activity: number[] = [];
for (let u = 0; u < nUsers; u++) {
  activity.push(interactions.slice(u).sum());
}

// Sorted copy of all counts for the median: flatten() gives new memory.
const sortedCounts = interactions.flatten();
sortedCounts.sort();
const medianCount = percentileOfSorted(sortedCounts, 0.5);

// Popularity cut-off from the 90th percentile of all counts.
const allCounts = interactions.reshape(nUsers * nItems);
allCounts.sort(); // expect: no-view-mutation
const cutoff = percentileOfSorted(allCounts, 0.9);

// Item-major view for per-item statistics.
const byItem = interactions.T;
const itemTotals: number[] = [];
for (let j = 0; j < nItems; j++) {
  itemTotals.push(byItem.slice(j).sum());
}

// Cold-start item 1 is reset before counting co-occurrences.
byItem.slice(1).fill(0); // expect: no-view-mutation

const co = cooccurrence(byItem);

const popular: number[] = [];
for (let j = 0; j < nItems; j++) {
  if (itemTotals[j] >= cutoff) popular.push(j);
}

const related: { item: number; partner: number; together: number }[] = [];
for (let a = 0; a < nItems; a++) {
  let bestPartner = -1;
  let bestCount = 0;
  for (let b = 0; b < nItems; b++) {
    if (a !== b && co.get(a, b) > bestCount) {
      bestCount = co.get(a, b);
      bestPartner = b;
    }
  }
  related.push({ item: a, partner: bestPartner, together: bestCount });
}

console.log("activity per user:", activity);
console.log("median count:", medianCount, "cut-off:", cutoff);
console.log("popular items:", popular);
console.log("related items:", related);
console.log("interaction matrix:", interactions.tolist());
console.log("users with any activity:", interactions.max() > 0 ? nUsers : 0);
