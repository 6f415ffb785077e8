// Prepares a churn dataset: caps extreme incomes, shuffles rows, splits train/test, standardises features and prints split statistics.
import { array, zeros, NDArray } from "ndalias";

function percentile(values: NDArray, q: number): number {
  const sorted = values.flatten();
  sorted.sort();
  const pos = (q / 100) * (sorted.size - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted.get(lo) + (sorted.get(hi) - sorted.get(lo)) * (pos - lo);
}

function permutation(n: number, seed: number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  let s = seed;
  for (let i = n - 1; i > 0; i--) {
    s = (s * 48271) % 2147483647;
    const j = s % (i + 1);
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  return idx;
}

function columnMeans(x: NDArray): NDArray {
  const means = zeros(x.shape[1]);
  for (let r = 0; r < x.shape[0]; r++) means.iadd(x.slice(r));
  means.idiv(x.shape[0]);
  return means;
}

function columnStds(x: NDArray, means: NDArray): NDArray {
  const sq = zeros(x.shape[1]);
  for (let r = 0; r < x.shape[0]; r++) {
    const d = x.slice(r).sub(means);
    sq.iadd(d.mul(d));
  }
  sq.idiv(x.shape[0]);
  for (let c = 0; c < sq.size; c++) sq.set(c, Math.sqrt(sq.get(c)) || 1);
  return sq;
}

// columns: age, monthly income, tenure in months
const features = array([
  [34, 4200, 12],
  [51, 6100, 48],
  [23, 2100, 3],
  [45, 98000, 60],
  [38, 5200, 24],
  [29, 3900, 6],
  [62, 7300, 96],
  [41, 4800, 30],
]);
const churned = array([0, 0, 1, 0, 0, 1, 0, 1]);

// A few executives distort the income column; cap it at the 90th percentile.
const incomeColumn = features.take([1], 1);
const cap = percentile(incomeColumn, 90);
const overCap: number[] = [];
for (let r = 0; r < incomeColumn.shape[0]; r++) {
  if (incomeColumn.get(r, 0) > cap) overCap.push(r);
}
console.log(`capping income at ${cap.toFixed(0)} for rows`, overCap);
for (const r of overCap) {
  incomeColumn.set([r, 0], cap); // expect: no-lost-write
}

const order = permutation(features.shape[0], 2024);
const shuffledX = features.take(order, 0);
const shuffledY = churned.take(order);
const nTrain = 6;

const trainX = shuffledX.slice(`0:${nTrain}`);
const testX = shuffledX.slice(`${nTrain}:`);
const trainY = shuffledY.slice(`0:${nTrain}`);
const testY = shuffledY.slice(`${nTrain}:`);

const mu = columnMeans(trainX);
const sigma = columnStds(trainX, mu);

const testScaled = testX.sub(mu);
testScaled.idiv(sigma);

// Standardise the training rows with the training statistics.
trainX.isub(mu); // expect: no-view-mutation
trainX.idiv(sigma); // expect: no-view-mutation

const positiveRate = (y: NDArray): number => y.mean();
console.log("train churn rate:", positiveRate(trainY).toFixed(3), "test churn rate:", positiveRate(testY).toFixed(3));
console.log("scaled train:", trainX.tolist());
console.log("scaled test:", testScaled.tolist());
console.log("raw shuffled rows for the audit log:", shuffledX.tolist());
