// Leaderboard maintenance: labelled search for the first high score, outlier capping, and a percentage table.
import { array, NDArray } from "ndalias";

export function firstAbove(board: NDArray, threshold: number): [number, number] | null {
  let found: [number, number] | null = null;
  search: for (let r = 0; r < board.shape[0]; r++) {
    for (let c = 0; c < board.shape[1]; c++) {
      if (board.get(r, c) < 0) continue search;
      if (board.get(r, c) > threshold) {
        found = [r, c];
        break search;
      }
    }
  }
  return found;
}

export function capOutliers(scores: NDArray, limit: number): number {
  const over: number[] = [];
  for (let i = 0; i < scores.size; i++) {
    if (scores.get(i) > limit) over.push(i);
  }
  if (over.length === 0) return scores.max();
  const capped = scores.take(over);
  capped.fill(limit); // expect: no-lost-write
  return scores.max();
}

export function median(scores: NDArray): number {
  const sorted = scores.flatten();
  sorted.sort();
  return sorted.get(Math.floor(sorted.size / 2));
}

const board = array([
  [120, 340, 95],
  [410, 88, 260],
  [150, 999, 310],
]);

const hit = firstAbove(board, 300);
console.log("first score above 300:", hit);
console.log("median:", median(board));
console.log("top after capping:", capOutliers(board.ravel(), 500));

const percent = board.div(board.max());
percent.imul(100); // expect: no-lost-write
console.log("percent of best:", board.tolist());
