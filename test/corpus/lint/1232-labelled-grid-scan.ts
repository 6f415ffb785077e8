// Scans an occupancy grid with labelled loops, marks hazards, walls off fully blocked rows and reports the entrance row and density.
import { array, zeros, NDArray } from "ndalias";

const FREE = 0;
const BLOCKED = 1;
const HAZARD = 9;

const grid = array([
  [0, 1, 0, 0, 0],
  [1, 1, 1, 1, 1],
  [0, 0, 0, 1, 0],
  [0, HAZARD, 0, 0, 0],
  [0, 0, 1, 0, 0],
]);
const [rows, cols] = grid.shape;

function freeCells(row: NDArray): number {
  let n = 0;
  for (let c = 0; c < row.size; c++) if (row.get(c) === FREE) n++;
  return n;
}

// any row with a hazard becomes impassable; skip the rest of that row
rowScan: for (let r = 0; r < rows; r++) {
  const row = grid.slice(r);
  for (let c = 0; c < cols; c++) {
    if (row.get(c) === HAZARD) {
      grid.slice(r).fill(BLOCKED);
      continue rowScan;
    }
  }
  console.log(`row ${r}: ${freeCells(row)} free`);
}

// count free cells per column on the transposed grid (read only)
const perColumn = zeros(cols);
for (let c = 0; c < cols; c++) {
  perColumn.set(c, freeCells(grid.T.slice(c)));
}
console.log("free per column:", perColumn.tolist());

// fully blocked rows are walled off with the hazard code for the renderer
let walls = 0;
wallScan: for (let r = 0; r < rows; r++) {
  const row = grid.slice(r);
  for (let c = 0; c < cols; c++) {
    if (row.get(c) !== BLOCKED) continue wallScan;
  }
  row.fill(HAZARD); // expect: no-view-mutation
  walls++;
}
console.log("walled rows:", walls);

// the entrance is the top row; it is reported at the end
const entrance = grid.slice(0);
console.log("entrance free cells:", freeCells(entrance));

// open the entrance for the robot
let opened = false;
search: for (let c = 0; c < cols; c++) {
  for (let r = 1; r < rows; r++) {
    if (grid.get(r, c) === FREE) {
      grid.slice(0).fill(FREE); // expect: no-view-mutation
      opened = true;
      break search;
    }
  }
}

const density = grid.sum() / grid.size;
console.log("opened:", opened, "density:", density.toFixed(3));
console.log("entrance row as loaded:", entrance.tolist());
console.log("grid:", grid.tolist());

// a private copy of the grid for path costs: written and read under one name
const cost = grid.copy();
for (let r = 0; r < rows; r++) {
  for (let c = 0; c < cols; c++) {
    const v = cost.get(r, c);
    cost.set([r, c], v === FREE ? 1 : v === BLOCKED ? 50 : 1000);
  }
}
console.log("total traversal cost:", cost.sum());
