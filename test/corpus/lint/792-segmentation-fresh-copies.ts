// Notebook port: customer segmentation prep — sampled rows, a binned count matrix, bootstrap means and k-means-style centroid updates.
import { array, zeros, NDArray } from "ndalias";

// %% [1] data: 8 customers x 2 features (visits per month, basket size)
const X = array([
  [2, 35],
  [3, 40],
  [12, 15],
  [10, 18],
  [1, 80],
  [2, 75],
  [11, 20],
  [3, 38],
]);
console.log("X:", X.tolist());
console.log("feature means:", X.slice(":", 0).mean(), X.slice(":", 1).mean());

// %% [2] a hand-picked sample: take() copies, and we keep using the copy
const sample = X.take([0, 2, 4], 0);
sample.slice(":", 1).idiv(10);
console.log("sample (basket in tens):", sample.tolist());

// %% [3] replace two rows with zeros: take, fill, and write back
const rowsToReset = [5, 6];
const blanked = X.take(rowsToReset, 0);
blanked.fill(0);
const Xmasked = X.copy();
for (let k = 0; k < rowsToReset.length; k++) {
  Xmasked.slice(rowsToReset[k]).assign(":", blanked.slice(k));
}
console.log("masked copy:", Xmasked.tolist());

// %% [4] bins (float32 copy) for a count matrix
const bins = X.astype("float32");
bins.slice(":", 0).idiv(5);
bins.slice(":", 1).idiv(25);
const counts = zeros([3, 4], "int32");
for (let i = 0; i < bins.shape[0]; i++) {
  const r = Math.min(2, Math.floor(bins.get(i, 0)));
  const c = Math.min(3, Math.floor(bins.get(i, 1)));
  counts.set([r, c], counts.get(r, c) + 1);
}
console.log("bins:", bins.tolist());
console.log("count matrix:", counts.tolist());

// %% [5] median basket size from a flattened, sorted copy
const baskets = X.slice(":", 1).flatten();
baskets.sort();
const medianBasket = (baskets.get(3) + baskets.get(4)) / 2;
console.log("median basket:", medianBasket);

// %% [6] bootstrap means: each resample is a fresh copy, centred and then read
const mu = X.slice(":", 1).mean();
const draws = [
  [0, 1, 1, 4, 6, 7, 2, 3],
  [5, 5, 2, 0, 3, 1, 6, 4],
  [7, 6, 5, 4, 3, 2, 1, 0],
];
const bootDeltas: number[] = [];
for (const idx of draws) {
  const boot = X.slice(":", 1).take(idx);
  boot.isub(mu);
  bootDeltas.push(boot.mean());
}
console.log("bootstrap deltas:", bootDeltas.map((d) => d.toFixed(2)));

// %% [7] squared residuals against the feature means
const means = array([X.slice(":", 0).mean(), X.slice(":", 1).mean()]);
const resid = X.sub(means);
resid.imul(resid);
console.log("per-feature variance:", resid.slice(":", 0).mean().toFixed(2), resid.slice(":", 1).mean().toFixed(2));

// %% [8] two centroid updates, written into fresh arrays and returned
function assign(data: NDArray, centroids: NDArray): number[] {
  const labels: number[] = [];
  for (let i = 0; i < data.shape[0]; i++) {
    let best = 0;
    let bestD = Infinity;
    for (let k = 0; k < centroids.shape[0]; k++) {
      const diff = data.slice(i).sub(centroids.slice(k));
      const d = diff.mul(diff).sum();
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    }
    labels.push(best);
  }
  return labels;
}

function updateCentroids(data: NDArray, labels: number[], k: number): NDArray {
  const next = zeros([k, data.shape[1]]);
  const sizes = new Array<number>(k).fill(0);
  labels.forEach((l, i) => {
    next.slice(l).iadd(data.slice(i));
    sizes[l]++;
  });
  for (let c = 0; c < k; c++) next.slice(c).idiv(Math.max(1, sizes[c]));
  return next;
}

let centroids = X.take([0, 2, 4], 0);
for (let it = 0; it < 2; it++) {
  const labels = assign(X, centroids);
  centroids = updateCentroids(X, labels, 3);
  console.log(`iteration ${it} labels:`, labels.join(","));
}
console.log("centroids:", centroids.tolist());
