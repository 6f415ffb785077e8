// Probability helpers for a bandit: one normalises the caller's weights and returns the entropy, another sharpens a column of the caller's table.
import { array, NDArray } from "ndalias";

export function entropyOf(weights: NDArray): number {
  const total = weights.sum();
  weights.idiv(total); // expect: no-alias-mutation
  let h = 0;
  for (let i = 0; i < weights.size; i++) {
    const p = weights.get(i);
    if (p > 0) h -= p * Math.log(p);
  }
  return h;
}

export function sharpenColumn(table: NDArray, col: number, temp: number): number {
  const column = table.slice(":", col);
  for (let i = 0; i < column.size; i++) column.set(i, Math.pow(column.get(i), 1 / temp)); // expect: no-view-mutation
  return column.sum();
}

export function probabilities(weights: NDArray): NDArray {
  const p = weights.copy();
  p.idiv(p.sum());
  return p;
}

const arms = array([3, 1, 1, 5]);
console.log("probabilities:", probabilities(arms).tolist());
console.log("entropy:", entropyOf(arms).toFixed(4));
const table = array([[0.2, 0.5], [0.8, 0.5]]);
console.log("sharpened mass:", sharpenColumn(table, 0, 0.5), "table:", table.tolist());
