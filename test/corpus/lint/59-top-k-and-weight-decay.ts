// Finds the top-k entries of a score matrix, then applies weight decay to parameter tensors with forEach and with map.
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

const params: NDArray[] = [array([0.5, -0.3]), array([[0.1, 0.2], [0.3, 0.4]])];

params.forEach((p) => p.imul(0.99));
console.log("after decay:", params.map((p) => p.sum()));

const decayed = params.map((p) => p.imul(0.99)); // expect: no-alias-mutation
console.log("decayed sums:", decayed.map((p) => p.sum()), "first:", params[0].tolist());
