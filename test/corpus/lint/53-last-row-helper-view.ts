// Clears the bottom row of a game board with helpers that return rows of the board, then prints the remaining piece count.
import { array, NDArray } from "ndalias";

function lastRow(board: NDArray): NDArray {
  return board.slice(-1);
}

function topAndRest(board: NDArray): [NDArray, NDArray] {
  return [board.slice(0), board.slice("1:")];
}

function pieceCount(board: NDArray): number {
  return board.sum();
}

const board = array([[0, 1, 0, 1], [1, 1, 0, 0], [1, 1, 1, 1]], "int8");
const bottom = lastRow(board);
if (bottom.min() === 1) {
  bottom.fill(0); // expect: no-view-mutation
}
const [top, rest] = topAndRest(board);
top.fill(0); // expect: no-view-mutation
console.log("pieces left:", pieceCount(board), "rest:", rest.sum());
