// Bootstraps a confidence interval and tries to winsorise a sample, then ranks leaderboard scores and sorts the first round.
import { array } from "ndalias";

const sample = array([2.1, 3.4, 1.9, 8.7, 2.8, 3.1, 2.5, 9.9]);
const means: number[] = [];
let seed = 7;
const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;

for (let b = 0; b < 200; b++) {
  const idx = Array.from({ length: sample.size }, () => Math.floor(rand() * sample.size));
  const resample = sample.take(idx);
  means.push(resample.mean());
}
means.sort((a, b) => a - b);
console.log("95% CI:", means[5], means[194]);

const extremes = [3, 7];
sample.take(extremes).fill(sample.mean()); // expect: no-lost-write
console.log("winsorised sample:", sample.tolist());

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
