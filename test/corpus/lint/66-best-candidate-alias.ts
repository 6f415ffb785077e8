// Picks the best-scoring candidate schedule, normalises it for display and prints every candidate's score.
import { array, NDArray } from "ndalias";

const candidates: NDArray[] = [array([3, 1, 2]), array([4, 4, 1]), array([2, 2, 2])];
const preview = candidates[0].copy().fill(0).tolist();
console.log("empty schedule:", preview);

let best = candidates[0];
for (const c of candidates) {
  if (c.sum() > best.sum()) best = c;
}
best.idiv(best.max()); // expect: no-alias-mutation
console.log("best (normalised):", best.tolist());
candidates.forEach((c, i) => console.log(`candidate ${i}: score ${c.sum()}`));
