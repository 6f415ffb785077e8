// Conway's Life for a roguelike's cave generator: two grids are swapped every generation, and the result is scored from a separate copy.
import { array, zeros, NDArray } from "ndalias";

interface CaveStats {
  readonly generation: number;
  readonly alive: number;
  readonly openness: number;
}

const ROWS = 8;
const COLS = 10;

function seed(rows: number, cols: number, density: number, salt: number): NDArray {
  const grid = zeros([rows, cols], "uint8");
  let state = salt;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      state = (state * 1103515245 + 12345) % 2147483648;
      if (state / 2147483648 < density) grid.set([i, j], 1);
    }
  }
  return grid;
}

function neighbours(grid: NDArray, i: number, j: number): number {
  const [rows, cols] = grid.shape;
  let n = 0;
  for (let di = -1; di <= 1; di++) {
    for (let dj = -1; dj <= 1; dj++) {
      if (di === 0 && dj === 0) continue;
      const r = (i + di + rows) % rows;
      const c = (j + dj + cols) % cols;
      n += grid.get(r, c);
    }
  }
  return n;
}

function lifeInto(src: NDArray, dst: NDArray): void {
  const [rows, cols] = src.shape;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const n = neighbours(src, i, j);
      const alive = src.get(i, j) === 1;
      dst.set([i, j], (alive && (n === 2 || n === 3)) || (!alive && n >= 5) ? 1 : 0);
    }
  }
}

function stats(grid: NDArray, generation: number): CaveStats {
  const alive = grid.sum();
  return { generation, alive, openness: 1 - alive / grid.size };
}

function carveBorder(grid: NDArray): NDArray {
  const walled = grid.copy();
  walled.slice(0).fill(1);
  walled.slice(-1).fill(1);
  walled.slice(":, 0").fill(1);
  walled.slice(":, -1").fill(1);
  return walled;
}

function toText(grid: NDArray): string {
  return (grid.tolist() as number[][]).map((row) => row.map((v) => (v ? "#" : ".")).join("")).join("\n");
}

let front = seed(ROWS, COLS, 0.45, 7);
let back = zeros([ROWS, COLS], "uint8");
const history: CaveStats[] = [stats(front, 0)];

for (let gen = 1; gen <= 5; gen++) {
  lifeInto(front, back);
  [front, back] = [back, front];
  back.fill(0);
  history.push(stats(front, gen));
}

const cave = carveBorder(front);
const entrance = array([3, 0]);
cave.set([entrance.get(0), entrance.get(1)], 0);
cave.set([entrance.get(0), entrance.get(1) + 1], 0);

for (const h of history) {
  console.log(`gen ${h.generation}: ${h.alive} walls, ${(h.openness * 100).toFixed(0)}% open`);
}
console.log("final generation:\n" + toText(front));
console.log("walled cave:\n" + toText(cave));
console.log("walls added by carving:", cave.sum() - front.sum());
