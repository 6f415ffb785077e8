// Min-max scales the training rows of a dataset before exporting it, and normalises the rows of a transition-count matrix.
import { array } from "ndalias";

const data = array([[1, 200], [2, 180], [3, 260], [4, 240], [5, 300], [6, 310]]);
const [train, test] = [data.slice(":4"), data.slice("4:")];
const lo = train.min();
const hi = train.max();
train.isub(lo); // expect: no-view-mutation
train.idiv(hi - lo); // expect: no-view-mutation

console.log("train:", train.tolist(), "test:", test.tolist());
console.log("export:", JSON.stringify(data.tolist()));

const counts = array([[3, 1, 0], [2, 2, 4], [0, 5, 5]]);
const rows = [counts.slice(0), counts.slice(1), counts.slice(2)];
for (const row of rows) {
  row.idiv(row.sum()); // expect: no-view-mutation
}
for (let r = 0; r < counts.shape[0]; r++) console.log(`row ${r} sums to`, counts.slice(r).sum());
