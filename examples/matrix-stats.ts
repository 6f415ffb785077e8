// Computes column statistics of a small feature matrix, keeps per-run buffers in an object-dtype cache, and releases the cache.
import { array, empty, memoryStats, ones, zeros } from "ndalias";

const features = array([
  [1, 2, 3],
  [4, 5, 6],
  [7, 8, 10],
]);

// Correct: column sums through the transposed view only read.
const columns = features.T;
for (let j = 0; j < columns.shape[0]; j++) {
  console.log(`column ${j}: sum`, columns.slice(j).sum());
}

// Bug (no-view-mutation): centring a row through a view also changes `features`.
const firstRow = features.slice(0);
firstRow.isub(firstRow.mean());
console.log("centred first row:", firstRow.tolist());
console.log("feature total:", features.sum());

// Bug (no-reference-cycle): the cache stores itself, so disposing it frees nothing.
function runWithCache(): void {
  const cache = empty(3, "object");
  cache.set(0, zeros(4));
  cache.set(1, ones(4));
  cache.set(2, cache);
  cache.dispose();
}
runWithCache();
console.log("storages still alive:", memoryStats().storages);
