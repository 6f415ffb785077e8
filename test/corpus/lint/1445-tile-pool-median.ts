// Background subtraction over a grid of preallocated image tiles: estimates each tile's median level and subtracts it, reporting tile contrast.
// runnable
import { array, zeros, NDArray } from "ndalias";

const TILE = 3;

class TileGrid {
  readonly tiles: NDArray[][] = [];

  constructor(readonly rows: number, readonly cols: number) {
    for (let r = 0; r < rows; r++) {
      const row: NDArray[] = [];
      for (let c = 0; c < cols; c++) row.push(zeros([TILE, TILE]));
      this.tiles.push(row);
    }
  }

  load(image: number[][]): void {
    for (let r = 0; r < this.rows; r++) {
      for (let c = 0; c < this.cols; c++) {
        const block = image.slice(r * TILE, (r + 1) * TILE).map((line) => line.slice(c * TILE, (c + 1) * TILE));
        this.tiles[r][c].assign(":", array(block));
      }
    }
  }
}

/** Median of a tile computed on a sorted copy. */
function medianOf(tile: NDArray): number {
  const sorted = tile.flatten();
  sorted.sort();
  return sorted.get(Math.floor(sorted.size / 2));
}

function contrast(tile: NDArray): number {
  return tile.max() - tile.min();
}

function subtractBackground(grid: TileGrid): void {
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < grid.cols; c++) {
      const tile = grid.tiles[r][c];
      const flat = tile.reshape(TILE * TILE);
      flat.sort(); // expect: no-view-mutation
      const level = flat.get(Math.floor(flat.size / 2));
      const foreground = tile.sub(level);
      console.log(`tile (${r},${c}) level ${level.toFixed(2)} foreground peak ${foreground.max().toFixed(2)}`);
    }
  }
}

function makeImage(h: number, w: number): number[][] {
  const img: number[][] = [];
  for (let y = 0; y < h; y++) {
    const line: number[] = [];
    for (let x = 0; x < w; x++) {
      const gradient = 0.1 * x + 0.05 * y;
      const spot = (x - 4) ** 2 + (y - 1) ** 2 < 2 ? 0.8 : 0;
      line.push(Math.round((gradient + spot + ((x * 7 + y * 3) % 5) * 0.01) * 100) / 100);
    }
    img.push(line);
  }
  return img;
}

const grid = new TileGrid(2, 2);
grid.load(makeImage(2 * TILE, 2 * TILE));

const reference = grid.tiles[0][1];
console.log("reference tile median (copy-based):", medianOf(reference).toFixed(2));
console.log("reference tile before:", reference.tolist());

subtractBackground(grid);

for (let r = 0; r < grid.rows; r++) {
  for (let c = 0; c < grid.cols; c++) {
    console.log(`tile (${r},${c}) contrast ${contrast(grid.tiles[r][c]).toFixed(2)} total ${grid.tiles[r][c].sum().toFixed(2)}`);
  }
}
console.log("reference tile after:", reference.tolist());
