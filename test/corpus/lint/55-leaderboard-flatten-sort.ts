// Ranks the per-round scores of all players for a leaderboard and prints the best score of each player.
import { array } from "ndalias";

const scores = array([[12, 40, 33], [25, 18, 50], [30, 30, 10]]);
const ranked = scores.flatten();
ranked.sort(); // expect: no-lost-write

for (let p = 0; p < scores.shape[0]; p++) {
  console.log(`player ${p} best:`, scores.slice(p).max());
}
console.log("leaderboard:", scores.tolist());
