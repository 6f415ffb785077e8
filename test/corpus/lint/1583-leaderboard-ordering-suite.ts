// Test suite for a leaderboard score buffer: tests read through aliases and views only before updating, take new views after updating, and reset a shared board.
import { array, NDArray } from "ndalias";

const SEED_SCORES = [42, 17, 88, 63];
const LEADERBOARD = array(SEED_SCORES);

function makeScores(): NDArray {
  return array(SEED_SCORES);
}

function resetLeaderboard(): void {
  LEADERBOARD.assign(":", array(SEED_SCORES));
}

function near(a: number, b: number, tol = 1e-9): boolean {
  return Math.abs(a - b) <= tol;
}

function describe(scores: NDArray): string {
  return `n=${scores.size} max=${scores.max()} mean=${scores.mean().toFixed(2)}`;
}

// --- tests ---------------------------------------------------------------------

function testReportThenNormalize(): boolean {
  const scores = makeScores();
  const raw = scores;
  const rawTotal = raw.sum();
  const rawSummary = describe(raw);
  scores.idiv(rawTotal);
  return near(scores.sum(), 1) && rawSummary.startsWith("n=4");
}

function testTopSliceAfterSort(): boolean {
  const scores = makeScores();
  scores.sort();
  const top = scores.slice("-2:");
  return top.get(1) === 88 && top.get(0) === 63 && scores.get(0) === 17;
}

function testPodiumSnapshotBeforeClear(): boolean {
  const board = makeScores();
  const podium = board.slice(":3");
  const podiumTotal = podium.sum();
  const podiumBest = podium.max();
  board.fill(0);
  return podiumTotal === 147 && podiumBest === 88 && board.sum() === 0;
}

function testBonusRound(): boolean {
  const board = makeScores();
  board.set(1, 20);
  board.iadd(5);
  board.slice("2:").imul(2);
  return board.get(1) === 25 && board.get(3) === 136;
}

function testSharedBoardRecordsWinner(): boolean {
  const previousBest = LEADERBOARD.max();
  LEADERBOARD.set(0, 95);
  const newest = LEADERBOARD.slice("0:1");
  return newest.get(0) === 95 && LEADERBOARD.max() > previousBest;
}

function testRankingViewMadeAfterUpdate(): boolean {
  const board = makeScores();
  board.isub(board.min());
  const ranking = board.flip();
  const ascending = board.copy();
  ascending.sort();
  return ranking.get(0) === 46 && ascending.get(0) === 0;
}

function testTransposeReadBeforeScaling(): boolean {
  const grid = array([[1, 2], [3, 4]]);
  const byColumn = grid.T;
  const firstColumn = byColumn.slice(0).tolist() as number[];
  grid.imul(10);
  return firstColumn[1] === 3 && grid.get(1, 0) === 30;
}

// --- runner --------------------------------------------------------------------

const tests = [
  testReportThenNormalize,
  testTopSliceAfterSort,
  testPodiumSnapshotBeforeClear,
  testBonusRound,
  testSharedBoardRecordsWinner,
  testRankingViewMadeAfterUpdate,
  testTransposeReadBeforeScaling,
];

const outcomes = tests.map((t) => {
  const ok = t();
  resetLeaderboard();
  return ok;
});
tests.forEach((t, i) => console.log(`${outcomes[i] ? "pass" : "FAIL"} ${t.name}`));
console.log(`${outcomes.filter(Boolean).length}/${tests.length} leaderboard tests passed`);
