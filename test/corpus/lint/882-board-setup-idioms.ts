// Sets up a 6x6 game board and a reward map with chained slice writes (the a[i:j] = v idiom) and prints both.
import { zeros, ones, full, arange, NDArray } from "ndalias";

const SIZE = 6;

// 0 = empty, 1 = wall, 2 = water, 3 = goal
const board = zeros([SIZE, SIZE], "int8");

// outer walls
board.slice(0).fill(1);
board.slice(SIZE - 1).fill(1);
board.slice(":", 0).fill(1);
board.slice(":", SIZE - 1).fill(1);

// a little lake in the middle
board.slice("2:4, 2:4").fill(2);

// the goal in the bottom right corner inside the walls
board.set([SIZE - 2, SIZE - 2], 3);

// reward map: -1 per step everywhere, walls are very bad
const reward = full([SIZE, SIZE], -1);
reward.slice("2:4, 2:4").imul(5); // water costs five steps
reward.slice(0).fill(-100);
reward.slice(-1).fill(-100);
reward.T.slice(0).fill(-100); // first column through the transpose
reward.T.slice(-1).fill(-100);
reward.set([SIZE - 2, SIZE - 2], 50);

// distance bonus: cells closer to the goal get a small bonus, row by row
for (let r = 1; r < SIZE - 1; r++) {
  const bonus = arange(1, SIZE - 1).mul(0.1 * r);
  reward.slice(r, "1:-1").iadd(bonus);
}

// the value table starts at zero, and we flip it once to check symmetry code paths
const values = zeros([SIZE, SIZE]);
values.flip(0).slice(0).fill(1); // last row through a flipped view
values.slice(0).assign(":", ones(SIZE).mul(0.5));

// counts the cells of one kind on the board
function countCells(b: NDArray, kind: number): number {
  let n = 0;
  for (let i = 0; i < b.size; i++) {
    if ((b.data[i] as number) === kind) n++;
  }
  return n;
}

// prints a board with one character per cell
function draw(b: NDArray): void {
  const chars = [".", "#", "~", "G"];
  const rows = b.tolist() as number[][];
  for (const row of rows) {
    console.log(row.map((c) => chars[c]).join(" "));
  }
}

draw(board);
console.log("walls:", countCells(board, 1), "water:", countCells(board, 2));
console.log("reward row 1:", reward.slice(1).tolist());
console.log("total reward on the map:", reward.sum().toFixed(1));
console.log("values:", values.tolist());

// next level: the lake dries up and becomes normal ground
board.slice("2:4, 2:4").fill(0);
reward.slice("2:4, 2:4").fill(-1);
draw(board);
console.log("total reward next level:", reward.sum().toFixed(1));
