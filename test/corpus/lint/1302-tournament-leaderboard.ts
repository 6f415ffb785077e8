// Keeps a tournament leaderboard and a per-round points table in module state, and prints rankings and the latest round.
import { array, zeros, NDArray } from "ndalias";

const PLAYERS = ["ana", "bo", "cy", "dee", "eli", "fay"];
const MAX_ROUNDS = 4;
const scores = array([12, 40, 33, 8, 27, 19]);
const rounds = zeros([MAX_ROUNDS, PLAYERS.length]);
let roundsPlayed = 0;

function playRound(points: number[]): void {
  if (roundsPlayed >= MAX_ROUNDS) {
    throw new Error(`only ${MAX_ROUNDS} rounds are scheduled`);
  }
  const row = array(points);
  rounds.assign(String(roundsPlayed), row);
  scores.iadd(row);
  roundsPlayed++;
}

function rankedCopy(): NDArray {
  const ranked = scores.flatten();
  ranked.sort();
  return ranked;
}

function sortedScores(): NDArray {
  const ordered = scores.ravel();
  ordered.sort(); // expect: no-view-mutation
  return ordered;
}

function leaderIndex(): number {
  let best = 0;
  for (let i = 1; i < scores.size; i++) {
    if (scores.get(i) > scores.get(best)) {
      best = i;
    }
  }
  return best;
}

function roundTotals(): number[] {
  const totals: number[] = [];
  for (let r = 0; r < roundsPlayed; r++) {
    totals.push(rounds.slice(r).sum());
  }
  return totals;
}

function bonusForLeader(bonus: number): void {
  const leader = leaderIndex();
  scores.set(leader, scores.get(leader) + bonus);
}

function table(): string {
  return PLAYERS.map((name, i) => `${name}:${scores.get(i)}`).join("  ");
}

playRound([5, 0, 3, 9, 2, 4]);
playRound([1, 7, 7, 0, 6, 3]);
playRound([4, 4, 2, 8, 1, 9]);
console.log("standings:", table());
console.log("round totals:", roundTotals().join(", "));

const medianBoard = rankedCopy();
console.log("median score:", medianBoard.get(Math.floor(medianBoard.size / 2)));

bonusForLeader(10);
const podium = scores.slice(":3");
console.log("first three seeds:", podium.tolist(), "leader:", PLAYERS[leaderIndex()]);

const latest = rounds.slice(roundsPlayed - 1);
console.log("latest round:", latest.tolist());

rounds.imul(0.5); // expect: no-view-mutation
const decayedTotal = rounds.sum();
console.log("decayed points on the table:", decayedTotal);
console.log("points scored in the latest round:", latest.sum());

const distribution = sortedScores();
console.log("score distribution:", distribution.tolist());
console.log("lowest:", distribution.get(0), "highest:", distribution.get(distribution.size - 1));
