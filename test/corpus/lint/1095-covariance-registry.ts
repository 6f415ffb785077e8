// Maintains a registry of named running mean/covariance estimates, folds new batches into them and prints summary tables.
import { array, zeros, NDArray } from "ndalias";

interface Estimate {
  name: string;
  count: number;
  mean: NDArray;
  cov: NDArray;
}

const registry = new Map<string, Estimate>();

function register(name: string, dim: number): Estimate {
  const est: Estimate = { name, count: 0, mean: zeros(dim), cov: zeros([dim, dim]) };
  registry.set(name, est);
  return est;
}

// Folds the rows of a batch into the running estimate (Welford's update).
function absorb(est: Estimate, batch: NDArray): void {
  const dim = est.mean.size;
  for (let r = 0; r < batch.shape[0]; r++) {
    const x = batch.slice(r);
    est.count += 1;
    const delta = x.sub(est.mean);
    est.mean.iadd(delta.div(est.count));
    const delta2 = x.sub(est.mean);
    for (let i = 0; i < dim; i++) {
      for (let j = 0; j < dim; j++) {
        const prev = est.cov.get(i, j);
        est.cov.set([i, j], prev + (delta.get(i) * delta2.get(j) - prev) / est.count);
      }
    }
  }
}

function correlation(est: Estimate): NDArray {
  const dim = est.mean.size;
  const corr = est.cov.copy();
  for (let i = 0; i < dim; i++) {
    for (let j = 0; j < dim; j++) {
      const denom = Math.sqrt(est.cov.get(i, i) * est.cov.get(j, j));
      corr.set([i, j], denom > 0 ? est.cov.get(i, j) / denom : 0);
    }
  }
  return corr;
}

function trace(m: NDArray): number {
  return m.diagonal().sum();
}

const temperature = register("temperature", 3);
const pressure = register("pressure", 3);

const batches: NDArray[] = [
  array([[20.1, 21.0, 19.5], [22.3, 22.9, 21.1], [19.8, 20.2, 19.0]]),
  array([[1012, 1008, 1015], [1010, 1009, 1013]]),
  array([[23.0, 23.4, 22.1], [18.9, 19.7, 18.2]]),
];

absorb(temperature, batches[0]);
absorb(pressure, batches[1]);
absorb(temperature, batches[2]);

// Summary table: one row of means per estimate, written through unnamed row views.
const table = zeros([registry.size, 3]);
let row = 0;
for (const est of registry.values()) {
  table.slice(row).assign(":", est.mean);
  row++;
}
const firstRow = table.slice(0);
console.log("means table:", table.tolist(), "first row:", firstRow.tolist());

// Pooled covariance across estimates, symmetrised into a fresh array.
const pooled = zeros([3, 3]);
for (const est of registry.values()) {
  pooled.iadd(est.cov.mul(est.count));
}
pooled.idiv(temperature.count + pressure.count);
const symmetric = pooled.add(pooled.T);
symmetric.imul(0.5);
console.log("pooled covariance trace:", trace(symmetric).toFixed(3));

// Scaled copies for display never touch the registry.
const scaledBatches = batches.map((b) => b.mul(0.01));
scaledBatches[1].isub(10);
for (let i = 0; i < scaledBatches.length; i++) {
  console.log(`batch ${i} scaled mean:`, scaledBatches[i].mean().toFixed(4));
}

for (const [name, est] of registry) {
  const corr = correlation(est);
  console.log(`${name}: n=${est.count} mean=${JSON.stringify(est.mean.tolist())}`);
  console.log(`  corr(0,1)=${corr.get(0, 1).toFixed(3)} trace(cov)=${trace(est.cov).toFixed(3)}`);
}
console.log("raw batch 1 still in hPa:", batches[1].tolist());
