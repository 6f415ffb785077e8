// Applies merchandising rules to a ranked catalogue: sponsored lift, blocked items, user affinity and the final ordering.
import { array, NDArray } from "ndalias";

const catalogScores = array([0.91, 0.45, 0.78, 0.12, 0.66, 0.3]);
const userAffinity = array([1.0, 1.2, 0.8, 1.0, 1.5, 0.9]);
const sponsored = [1, 4];
const blocked = [3];

export function argsortDesc(scores: NDArray): number[] {
  const idx = Array.from({ length: scores.size }, (_, i) => i);
  idx.sort((a, b) => scores.get(b) - scores.get(a));
  return idx;
}

export function sponsoredLift(scores: NDArray, ids: number[], lift: number): number {
  const before = scores.take(ids).sum();
  scores.take(ids).imul(lift); // expect: no-lost-write
  return scores.take(ids).sum() - before;
}

export function personalise(scores: NDArray, affinity: NDArray): NDArray {
  const personal = scores.mul(affinity);
  personal.iadd(0.05);
  personal.idiv(personal.max());
  return personal;
}

export function topK(scores: NDArray, k: number): number[] {
  return argsortDesc(scores).slice(0, k);
}

const gained = sponsoredLift(catalogScores, sponsored, 1.3);
console.log("sponsored lift gained:", gained.toFixed(3));

const visible = catalogScores.flatten();
for (const b of blocked) {
  visible.set(b, 0); // expect: no-lost-write
}

const personal = personalise(catalogScores, userAffinity);
console.log("personalised:", personal.tolist());

const shortlist = catalogScores.take(topK(catalogScores, 4));
shortlist.imul(100);
console.log("shortlist (%):", shortlist.tolist());

const ranking = topK(catalogScores, catalogScores.size);
console.log("final ranking:", ranking, "scores:", catalogScores.tolist());
