// Normalises each histogram row in place with forEach callbacks and void helpers, then prints the normalised table.
import { array, zeros, NDArray } from "ndalias";

function normaliseInPlace(row: NDArray): void {
  const total = row.sum();
  if (total === 0) return;
  row.idiv(total);
}

class Smoother {
  constructor(readonly eps: number) {}
  smooth(hist: NDArray): void {
    hist.iadd(this.eps);
    normaliseInPlace(hist);
  }
}

const counts = array([[4, 0, 6], [1, 1, 2], [0, 0, 0]]);
const rows: NDArray[] = [];
for (let r = 0; r < counts.shape[0]; r++) rows.push(counts.slice(r).copy());

rows.forEach((row) => normaliseInPlace(row));
rows.forEach((row, i) => {
  if (i === 0) row.imul(1);
});
const smoother = new Smoother(0.5);
const smoothed = rows.map((row) => row.copy());
smoothed.forEach((h) => smoother.smooth(h));

const table = zeros([rows.length, 3]);
rows.forEach((row, i) => table.assign(`${i}`, row));
console.log("normalised:", table.tolist());
console.log("smoothed first row:", smoothed[0]?.tolist());
console.log("raw counts total:", counts.sum());
