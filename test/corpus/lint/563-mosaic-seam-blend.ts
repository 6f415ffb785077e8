// Mosaics two overlapping 4x4 tiles into a 4x6 canvas and feathers the two-column overlap by averaging both tiles.
// runnable
import { array, full, NDArray } from "ndalias";

const NODATA = -1;

const westTile = array([
  [10, 11, 12, 13],
  [10, 11, 12, 13],
  [11, 12, 13, 14],
  [11, 12, 13, 14],
]);

const eastTile = array([
  [17, 18, 19, 20],
  [17, 18, 19, 20],
  [18, 19, 20, 21],
  [18, 19, 20, 21],
]);

function coverage(grid: NDArray): number {
  let valid = 0;
  for (let i = 0; i < grid.shape[0]; i++) {
    for (let j = 0; j < grid.shape[1]; j++) {
      if ((grid.get(i, j) as number) !== NODATA) valid++;
    }
  }
  return valid / grid.size;
}

function seamStep(grid: NDArray, leftCol: number): number {
  const left = grid.slice(":", leftCol);
  const right = grid.slice(":", leftCol + 1);
  return right.sub(left).mean();
}

const canvas = full([4, 6], NODATA);
console.log("coverage of empty canvas:", coverage(canvas));

// The west tile goes into columns 0..3.
canvas.slice(":", "0:4").assign(":", westTile);

// Keep the west tile's values in the overlap so the two tiles can be averaged there.
const overlap = canvas.slice(":", "2:4");

// The east tile goes into columns 2..5.
canvas.slice(":", "2:6").assign(":", eastTile); // expect: no-view-mutation

const eastOverlap = eastTile.slice(":", "0:2");
const feathered = overlap.add(eastOverlap).div(2);
canvas.slice(":", "2:4").assign(":", feathered);

console.log("coverage of mosaic:", coverage(canvas));
console.log("step across west seam:", seamStep(canvas, 1).toFixed(2));
console.log("step across east seam:", seamStep(canvas, 3).toFixed(2));
console.log("mosaic:", canvas.tolist());
