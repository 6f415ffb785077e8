// Picks the best-scoring candidate schedule, normalises it for display, prints every candidate's score and logs the shifted schedules tried.
import { array, zeros, NDArray } from "ndalias";

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

const schedule = zeros(3);
const tried: NDArray[] = [];
const triedCopies: NDArray[] = [];
for (let shift = 0; shift < 3; shift++) {
  schedule.fill(shift); // expect: no-alias-mutation
  tried.push(schedule);
  triedCopies.push(schedule.copy());
}
console.log("tried:", tried.map((t) => t.sum()), "copies:", triedCopies.map((t) => t.sum()));
