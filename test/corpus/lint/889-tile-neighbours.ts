// Tiled image analysis: cuts a frame into 2x2 tile views, links each tile to its neighbours, and flags tiles brighter than their neighbourhood.
import { arange, NDArray } from "ndalias";

const TILE = 2;

class Tile {
  readonly pixels: NDArray;
  right: Tile | null = null;
  below: Tile | null = null;
  left: Tile | null = null;
  above: Tile | null = null;

  constructor(readonly row: number, readonly col: number, pixels: NDArray) {
    this.pixels = pixels;
  }

  mean(): number {
    return this.pixels.mean();
  }

  neighbours(): Tile[] {
    return [this.left, this.right, this.above, this.below].filter((t): t is Tile => t !== null);
  }

  contrast(): number {
    const around = this.neighbours();
    if (around.length === 0) return 0;
    const avg = around.reduce((acc, t) => acc + t.mean(), 0) / around.length;
    return this.mean() - avg;
  }
}

function cutTiles(frame: NDArray, size: number): Tile[][] {
  const rows = Math.floor(frame.shape[0] / size);
  const cols = Math.floor(frame.shape[1] / size);
  const grid: Tile[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: Tile[] = [];
    for (let c = 0; c < cols; c++) {
      const view = frame.slice(`${r * size}:${(r + 1) * size}, ${c * size}:${(c + 1) * size}`);
      line.push(new Tile(r, c, view));
    }
    grid.push(line);
  }
  return grid;
}

function linkGrid(grid: Tile[][]): number {
  let links = 0;
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      const tile = grid[r][c];
      if (c + 1 < grid[r].length) {
        const east = grid[r][c + 1];
        tile.right = east;
        east.left = tile; // expect: no-reference-cycle
        links++;
      }
      if (r + 1 < grid.length) {
        const south = grid[r + 1][c];
        tile.below = south;
        south.above = tile; // expect: no-reference-cycle
        links++;
      }
    }
  }
  return links;
}

function flagBright(grid: Tile[][], margin: number): string[] {
  const flagged: string[] = [];
  for (const line of grid) {
    for (const tile of line) {
      const c = tile.contrast();
      if (c > margin) flagged.push(`(${tile.row},${tile.col}) +${c.toFixed(2)}`);
    }
  }
  return flagged;
}

function tileMeans(grid: Tile[][]): number[][] {
  return grid.map((line) => line.map((t) => Number(t.mean().toFixed(2))));
}

const frame = arange(0, 48).reshape(6, 8);
frame.slice("2:4, 2:4").imul(3);

const grid = cutTiles(frame, TILE);
console.log("links:", linkGrid(grid));
console.log("tile means:", tileMeans(grid));
console.log("bright tiles:", flagBright(grid, 10));
