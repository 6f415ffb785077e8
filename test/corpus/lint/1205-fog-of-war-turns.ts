// Fog of war for a tactics game: units reveal tiles on a visibility grid each turn, and the minimap and HUD views are taken when the grid is final.
import { array, zeros, NDArray } from "ndalias";

type Unit = { readonly id: string; readonly row: number; readonly col: number; readonly sight: number };

const SIZE = 8;

function revealAround(grid: NDArray, unit: Unit): void {
  const [rows, cols] = grid.shape;
  for (let i = Math.max(0, unit.row - unit.sight); i <= Math.min(rows - 1, unit.row + unit.sight); i++) {
    for (let j = Math.max(0, unit.col - unit.sight); j <= Math.min(cols - 1, unit.col + unit.sight); j++) {
      grid.set([i, j], 1);
    }
  }
}

function mergeExplored(explored: NDArray, visible: NDArray): NDArray {
  const out = explored.copy();
  const [rows, cols] = visible.shape;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (visible.get(i, j) > 0) out.set([i, j], 1);
    }
  }
  return out;
}

function coverage(grid: NDArray): number {
  return grid.sum() / grid.size;
}

function render(grid: NDArray, units: readonly Unit[]): string {
  const rows = grid.tolist() as number[][];
  return rows
    .map((row, i) =>
      row
        .map((v, j) => {
          const u = units.find((x) => x.row === i && x.col === j);
          return u ? u.id : v > 0 ? "." : "#";
        })
        .join(""),
    )
    .join("\n");
}

const moveUnit = (u: Unit, dr: number, dc: number): Unit => ({ ...u, row: u.row + dr, col: u.col + dc });

let units: Unit[] = [
  { id: "K", row: 1, col: 1, sight: 1 },
  { id: "A", row: 5, col: 6, sight: 2 },
  { id: "S", row: 2, col: 5, sight: 1 },
];

const visibility = zeros([SIZE, SIZE]);
let explored = zeros([SIZE, SIZE]);

const topRow = visibility.slice(0);
console.log("top row visible before turn 1:", topRow.sum());

// turn 1
for (const u of units) revealAround(visibility, u);
visibility.assign("7, :", 0); // smoke over the southern edge
explored = mergeExplored(explored, visibility);
console.log("turn 1 coverage:", coverage(visibility).toFixed(2));
console.log(render(visibility, units));

// turn 2: fog returns, units move
const lastTurn = visibility.copy();
visibility.fill(0);
units = units.map((u) => moveUnit(u, 1, -1));
for (const u of units) revealAround(visibility, u);
explored = mergeExplored(explored, visibility);

const newlySeen = visibility.sub(lastTurn);
let gained = 0;
for (let i = 0; i < newlySeen.size; i++) if ((newlySeen.data[i] as number) > 0) gained++;
console.log("turn 2 coverage:", coverage(visibility).toFixed(2), "newly visible tiles:", gained);

const minimap = visibility.slice("::2, ::2");
const exploredCorner = explored.slice(":4, :4");
const weights = array([[1, 2], [2, 4]]);
console.log("minimap:", minimap.tolist());
console.log("explored NW quadrant:", exploredCorner.sum(), "of", exploredCorner.size);
console.log("weighted corner:", exploredCorner.slice(":2, :2").mul(weights).sum());
console.log(render(explored, units));
