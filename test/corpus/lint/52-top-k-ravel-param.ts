// Finds the top-k scores of a score matrix and prints them together with the original matrix.
import { array, NDArray } from "ndalias";

function topK(scores: NDArray, k: number): number[] {
  const flat = scores.ravel();
  flat.sort(); // expect: no-view-mutation
  const out: number[] = [];
  for (let i = 0; i < k; i++) out.push(flat.get(flat.size - 1 - i));
  return out;
}

const matrix = array([[0.2, 0.9, 0.4], [0.7, 0.1, 0.8]]);
console.log("top 3:", topK(matrix, 3));
console.log("matrix:", matrix.tolist());
