// Summarises a confusion matrix through views (diagonal, rows, columns), then row-normalises it in place and prints the rates.
import { array, NDArray } from "ndalias";

function rowTotals(m: NDArray): number[];
function rowTotals(m: NDArray, asArray: true): NDArray;
function rowTotals(m: NDArray, asArray = false): number[] | NDArray {
  const totals: number[] = [];
  for (let i = 0; i < m.shape[0]; i++) {
    totals.push(m.slice(i).sum());
  }
  return asArray ? array(totals) : totals;
}

function fmt(x: number | NDArray, digits = 3): string {
  return typeof x === "number" ? x.toFixed(digits) : JSON.stringify(x.tolist());
}

function report(label: string, values: Record<string, number | NDArray>): void {
  for (const [k, v] of Object.entries(values)) {
    console.log(`${label} ${k}: ${fmt(v)}`);
  }
}

const classes = ["cat", "dog", "bird"];
const confusion = array([
  [50, 2, 3],
  [4, 40, 6],
  [1, 5, 44],
]);

const correct = confusion.diagonal();
const firstRow = confusion.slice(0);
const predictedAsLast = confusion.slice(":", -1);
const flat = confusion.ravel();
const accuracy = correct.sum() / flat.sum();
report("raw", {
  accuracy,
  [`${classes[0]} row`]: firstRow,
  [`predicted ${classes[2]}`]: predictedAsLast,
  support: array(rowTotals(confusion)),
});

const totals = rowTotals(confusion, true);
confusion.idiv(totals.expandDims(1));

const recall = confusion.diagonal();
const rates: Record<string, number> = {};
classes.forEach((c, i) => {
  rates[c] = recall.get(i);
});
report("normalised", { ...rates, accuracy, matrix: confusion });
