// Selects rows of a ratings matrix by range or by index list, reports on the selection, and rescales the matrix afterwards.
import { array, NDArray } from "ndalias";

type Selection =
  | { readonly kind: "range"; readonly start: number; readonly stop: number }
  | { readonly kind: "indices"; readonly idx: readonly number[] };

function select(m: NDArray, s: Selection): NDArray {
  switch (s.kind) {
    case "range":
      return m.slice(`${s.start}:${s.stop}`);
    case "indices":
      return m.take([...s.idx], 0);
  }
}

function selectionSize(m: NDArray, s: Selection): number {
  return s.kind === "range" ? Math.max(0, Math.min(s.stop, m.shape[0]) - s.start) : s.idx.length;
}

function rowTotals(m: NDArray): number[] {
  const totals: number[] = [];
  for (let r = 0; r < m.shape[0]; r++) totals.push(m.slice(r).sum());
  return totals;
}

function isContiguousRange(s: Selection): s is Extract<Selection, { kind: "range" }> {
  return s.kind === "range";
}

function centredCopy(m: NDArray): NDArray {
  const work = m.flags.cContiguous ? m.flatten() : m.copy();
  work.isub(work.mean());
  return work;
}

function sortedScores(m: NDArray): NDArray {
  let work: NDArray;
  if (m.ndim === 1) {
    work = m.copy();
  } else {
    work = m.flatten();
  }
  work.sort();
  return work;
}

const ratings = array([
  [4, 5, 3, 4],
  [2, 1, 2, 3],
  [5, 5, 4, 5],
  [3, 2, 4, 1],
]);

const selections: readonly Selection[] = [
  { kind: "range", start: 1, stop: 3 },
  { kind: "indices", idx: [0, 3] },
];

for (const s of selections) {
  const part = select(ratings, s);
  const label = isContiguousRange(s) ? `rows ${s.start}..${s.stop - 1}` : `rows ${s.idx.join(",")}`;
  console.log(label, "size", selectionSize(ratings, s), "totals", rowTotals(part), "mean", part.mean().toFixed(2));
}

const window = select(ratings, selections[0]);
const windowMean = window.mean();
const windowMedian = sortedScores(window).get(Math.floor(window.size / 2));
console.log("window mean:", windowMean.toFixed(2), "median:", windowMedian);

const editable = select(ratings, selections[1]).copy();
editable.fill(0);
editable.slice(0).iadd(1);
console.log("editable selection:", editable.tolist());

const centred = centredCopy(ratings);
centred.imul(2);
console.log("centred x2:", centred.tolist());

// Rescale ratings from a 1..5 scale to 0..1 once the reports above are done.
ratings.isub(1);
ratings.idiv(4);
console.log("rescaled ratings:", ratings.tolist());

const afterRescale = select(ratings, { kind: "range", start: 0, stop: 1 });
console.log("first row rescaled:", afterRescale.tolist(), "row totals:", rowTotals(ratings));
