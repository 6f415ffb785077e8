// Normalises each row of a transition-count matrix to probabilities and prints the row sums of the matrix.
import { array } from "ndalias";

const counts = array([[3, 1, 0], [2, 2, 4], [0, 5, 5]]);
const rows = [counts.slice(0), counts.slice(1), counts.slice(2)];
for (const row of rows) {
  row.idiv(row.sum()); // expect: no-view-mutation
}
for (let r = 0; r < counts.shape[0]; r++) console.log(`row ${r} sums to`, counts.slice(r).sum());
