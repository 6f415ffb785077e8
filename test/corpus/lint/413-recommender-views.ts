// Higher-order matrix helpers for a small recommender: row-wise operators, an item-wise view for popularity and a top score.
import { array, NDArray } from "ndalias";

type RowFn = (row: NDArray) => NDArray;

const mapRows =
  (f: RowFn) =>
  (m: NDArray): NDArray => {
    const out = m.copy();
    for (let i = 0; i < m.shape[0]; i++) out.assign(i, f(m.slice(i)));
    return out;
  };

const centreRow: RowFn = (row) => row.sub(row.mean());
const scaleRow =
  (k: number): RowFn =>
  (row) =>
    row.mul(k);

const topK =
  (k: number) =>
  (scores: NDArray): number[] => {
    const sorted = scores.flatten();
    sorted.sort();
    return (sorted.tolist() as number[]).slice(-k);
  };

function topScore(scores: NDArray): number {
  const flat = scores.ravel();
  flat.sort(); // expect: no-view-mutation
  return flat.get(flat.size - 1);
}

const ratings = array([
  [5, 3, 0, 1],
  [4, 0, 0, 1],
  [1, 1, 0, 5],
]);

const byItem = ratings.T;
const popularity = mapRows((item) => item.mul(0).add(item.sum()))(byItem);
console.log("popularity per item:", popularity.slice(":", 0).tolist());

const centred = mapRows(centreRow)(ratings);
const boosted = mapRows(scaleRow(2))(centred);
console.log("top 3 boosted scores:", topK(3)(boosted));
console.log("best centred score:", topScore(centred));

ratings.assign(":, 3", 0); // expect: no-view-mutation
console.log("item-major ratings:", byItem.tolist());
console.log("ratings after retiring item 3:", ratings.tolist());
