// Runs Conway's Game of Life on a small torus with double buffering, keeping a few reference frames for period detection.
import { zeros, NDArray } from "ndalias";

const ROWS = 8;
const COLS = 8;

function seedGlider(board: NDArray): void {
  board.set([0, 1], 1);
  board.set([1, 2], 1);
  board.set([2, 0], 1);
  board.set([2, 1], 1);
  board.set([2, 2], 1);
}

function liveNeighbours(board: NDArray, r: number, c: number): number {
  let count = 0;
  for (let dr = -1; dr <= 1; dr++) {
    for (let dc = -1; dc <= 1; dc++) {
      if (dr === 0 && dc === 0) continue;
      count += board.get((r + dr + ROWS) % ROWS, (c + dc + COLS) % COLS);
    }
  }
  return count;
}

function sameCells(a: NDArray, b: NDArray): boolean {
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c < COLS; c++) {
      if (a.get(r, c) !== b.get(r, c)) return false;
    }
  }
  return true;
}

function evolve(start: NDArray, generations: number): { board: NDArray; period: number } {
  let cur = start.copy();
  let next = zeros([ROWS, COLS], "uint8");
  // three independent frames: [initial, checkpoint at generation 4, scratch]
  const frames = [zeros([ROWS, COLS], "uint8"), zeros([ROWS, COLS], "uint8"), zeros([ROWS, COLS], "uint8")];
  frames[0].assign(":", cur);
  let period = 0;

  for (let g = 1; g <= generations; g++) {
    next.fill(0);
    for (let r = 0; r < ROWS; r++) {
      for (let c = 0; c < COLS; c++) {
        const n = liveNeighbours(cur, r, c);
        const alive = cur.get(r, c) === 1;
        if (n === 3 || (alive && n === 2)) next.set([r, c], 1);
      }
    }
    [cur, next] = [next, cur];

    if (g === 4) frames[1].assign(":", cur);
    frames[2].assign(":", cur);
    // frame 0 still holds the initial board: writing frame 2 never touches it
    if (period === 0 && sameCells(frames[0], cur)) period = g;
  }
  console.log("population at generation 4:", frames[1].sum(), "latest:", frames[2].sum());
  return { board: cur, period };
}

function boundingBox(board: NDArray): [number, number, number, number] {
  let top = ROWS;
  let left = COLS;
  let bottom = -1;
  let right = -1;
  for (let r = 0; r < ROWS; r++) {
    for (let c = 0; c < COLS; c++) {
      if (board.get(r, c) === 1) {
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }
    }
  }
  return [top, left, bottom, right];
}

function render(board: NDArray): string {
  const rows = board.tolist() as number[][];
  return rows.map((row) => row.map((v) => (v ? "#" : ".")).join("")).join("\n");
}

const world = zeros([ROWS, COLS], "uint8");
seedGlider(world);
const initialPopulation = world.sum();

const { board, period } = evolve(world, 32);
console.log(render(board));
console.log("period:", period, "population:", initialPopulation, "->", board.sum());

// the glider's neighbourhood is viewed only after the simulation finished writing
const [top, left, bottom, right] = boundingBox(board);
const glider = board.slice(`${top}:${bottom + 1}, ${left}:${right + 1}`);
console.log("glider cells:", glider.tolist());
const mirrored = glider.flip(1);
console.log("mirrored:", mirrored.tolist(), "world untouched:", world.sum() === initialPopulation);
