// Ranks the per-round scores for a leaderboard, prints the best score of each player and sorts the first round.
import { array } from "ndalias";

const scores = array([[12, 40, 33], [25, 18, 50], [30, 30, 10]]);
const ranked = scores.flatten();
ranked.sort(); // expect: no-lost-write

for (let p = 0; p < scores.shape[0]; p++) {
  console.log(`player ${p} best:`, scores.slice(p).max());
}
const firstRound = scores.slice(":", 0).copy();
firstRound.sort();
scores.slice(":", 0).assign(":", firstRound);
console.log("leaderboard (first round sorted):", scores.tolist());
