// Connect-four engine: drops pieces on an int8 board, keeps an undo stack of board copies and reports which cells each move changed.
import { zeros, NDArray } from "ndalias";

const ROWS = 6;
const COLS = 7;

function heightOf(board: NDArray, col: number): number {
  let h = 0;
  for (let r = ROWS - 1; r >= 0; r--) {
    if (board.get(r, col) !== 0) h++;
  }
  return h;
}

function changedCells(before: NDArray, after: NDArray): number[] {
  const diff = after.ravel().sub(before);
  const cells: number[] = [];
  for (let i = 0; i < diff.size; i++) {
    if (diff.get(i) !== 0) cells.push(i);
  }
  return cells;
}

class Game {
  board: NDArray = zeros([ROWS, COLS], "int8");
  private undoStack: NDArray[] = [];
  player = 1;

  drop(col: number): number {
    const h = heightOf(this.board, col);
    if (h >= ROWS) return -1;
    this.undoStack.push(this.board.copy());
    const row = ROWS - 1 - h;
    this.board.set([row, col], this.player);
    this.player = 3 - this.player;
    return row;
  }

  undo(): boolean {
    const previous = this.undoStack.pop();
    if (previous === undefined) return false;
    this.board = previous;
    this.player = 3 - this.player;
    return true;
  }

  depth(): number {
    return this.undoStack.length;
  }
}

function replay(moves: number[]): string[] {
  const board = zeros([ROWS, COLS], "int8");
  const log: string[] = [];
  let player = 1;
  for (const col of moves) {
    const before = board.ravel();
    const row = ROWS - 1 - heightOf(board, col);
    if (row < 0) continue;
    board.set([row, col], player); // expect: no-view-mutation
    log.push(`player ${player} -> col ${col}: changed ${changedCells(before, board).join(",") || "nothing"}`);
    player = 3 - player;
  }
  return log;
}

function score(flat: NDArray): number {
  let total = 0;
  for (let i = 0; i < flat.size; i++) {
    const col = i % COLS;
    const centreWeight = 4 - Math.abs(col - 3);
    total += flat.get(i) * centreWeight;
  }
  return total;
}

const game = new Game();
for (const col of [3, 3, 2, 4, 4, 1]) {
  game.drop(col);
}
game.undo();
console.log("undo depth:", game.depth(), "next player:", game.player);

const mirrored = game.board.flip(1).copy();
mirrored.set([ROWS - 1, 0], 2);
console.log("mirrored position with a probe piece:", mirrored.tolist());

const signed = game.board.astype("float64");
for (let i = 0; i < signed.size; i++) {
  if (signed.data[i] === 2) signed.data[i] = -1;
}
console.log("signed position score:", score(signed.ravel()));

const flat = game.board.reshape(ROWS * COLS);
flat.imul(-1); // expect: no-view-mutation
console.log("opponent-perspective raw score:", score(flat));

console.log("board after analysis:", game.board.tolist());
for (const line of replay([3, 3, 4, 2, 5])) {
  console.log(line);
}
