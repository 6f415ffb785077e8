// Top-k retrieval helpers over a candidate score vector: k-th best threshold, median, score floor, candidate mask and recall.
import { array, zeros, NDArray } from "ndalias";

export function kthBestScore(scores: NDArray, k: number): number {
  if (k < 1 || k > scores.size) {
    throw new RangeError(`k=${k} outside 1..${scores.size}`);
  }
  scores.sort(); // expect: no-alias-mutation
  return scores.get(scores.size - k);
}

export function medianScore(scores: NDArray): number {
  const sorted = scores.copy();
  sorted.sort();
  const mid = Math.floor(sorted.size / 2);
  return sorted.size % 2 === 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
}

export function flooredScores(scores: NDArray, floor: number): NDArray {
  const clipped = scores;
  for (let i = 0; i < clipped.size; i++) {
    if (clipped.get(i) < floor) {
      clipped.set(i, floor); // expect: no-alias-mutation
    }
  }
  return clipped;
}

/** Zeroes candidates below the threshold in the caller's buffer. */
export function dropBelow(scores: NDArray, threshold: number): void {
  for (let i = 0; i < scores.size; i++) {
    if (scores.get(i) < threshold) scores.set(i, 0);
  }
}

export function candidateMask(scores: NDArray, threshold: number): NDArray {
  const mask = zeros(scores.size, "uint8");
  for (let i = 0; i < scores.size; i++) {
    if (scores.get(i) >= threshold) mask.set(i, 1);
  }
  return mask;
}

export function recallAt(mask: NDArray, relevant: number[]): number {
  if (relevant.length === 0) return 0;
  let hit = 0;
  for (const id of relevant) {
    if (mask.get(id) === 1) hit++;
  }
  return hit / relevant.length;
}

export function shiftedScores(scores: NDArray, shift: number): NDArray {
  const shifted = scores.add(shift);
  shifted.imul(0.5);
  return shifted;
}

const candidateScores = array([0.42, 0.91, 0.13, 0.77, 0.58, 0.66]);
const median = medianScore(candidateScores);
const threshold = kthBestScore(candidateScores, 3);
const mask = candidateMask(candidateScores, threshold);
console.log("median:", median, "threshold:", threshold);
console.log("recall@3:", recallAt(mask, [1, 3, 4]));
console.log("shifted:", shiftedScores(candidateScores, 0.1).tolist());
console.log("floored:", flooredScores(candidateScores, 0.5).tolist());

const working = candidateScores.copy();
dropBelow(working, median);
console.log("kept above median:", working.tolist());
