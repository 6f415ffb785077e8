// A tic-tac-toe engine scores a candidate move on either a scratch copy or, in "fast mode", directly on the live board, then prints the live board.
// runnable
import { zeros, NDArray } from "ndalias";

const EMPTY = 0;
const X = 1;
const O = -1;

function lineScore(board: NDArray): number {
  let best = 0;
  for (let r = 0; r < 3; r++) best = Math.max(best, Math.abs(board.slice(r).sum()));
  for (let c = 0; c < 3; c++) best = Math.max(best, Math.abs(board.slice(":", c).sum()));
  return best;
}

const live = zeros([3, 3]);
live.set([0, 0], X);
live.set([1, 1], O);
live.set([0, 1], X);

function tryMove(r: number, c: number, who: number, fastMode: boolean): number {
  const scratch = fastMode ? live : live.copy();
  if (scratch.get(r, c) !== EMPTY) return -1;
  scratch.set([r, c], who); // expect: no-alias-mutation
  return lineScore(scratch);
}

const candidates: Array<[number, number]> = [[0, 2], [2, 2], [2, 0]];
const scores = candidates.map(([r, c]) => tryMove(r, c, X, true));
console.log("scores:", scores.join(", "));
console.log("live board:", JSON.stringify(live.tolist()));
let played = 0;
for (let i = 0; i < 9; i++) if (live.get(Math.floor(i / 3), i % 3) !== EMPTY) played++;
console.log("moves played:", played);
