// Burns survey polygons into a raster mosaic object, links neighbouring tiles for seam checks and prints the tile statistics.
import { array, zeros, NDArray } from "ndalias";

const NODATA = -1;
const TILE = 3;

class Mosaic {
  grid: NDArray;
  readonly rows: number;
  readonly cols: number;

  constructor(rows: number, cols: number) {
    this.rows = rows;
    this.cols = cols;
    this.grid = zeros([rows * TILE, cols * TILE]);
  }

  spec(tr: number, tc: number): string {
    return `${tr * TILE}:${(tr + 1) * TILE}, ${tc * TILE}:${(tc + 1) * TILE}`;
  }

  // Writes one tile's values into the mosaic (chained view write, the a[i:j] = v idiom).
  paste(tr: number, tc: number, values: NDArray): void {
    this.grid.slice(this.spec(tr, tc)).assign(":", values);
  }

  clearTile(tr: number, tc: number): void {
    this.grid.slice(this.spec(tr, tc)).fill(NODATA);
  }

  // Gain correction of the whole mosaic through the field's own path.
  rescale(gain: number): void {
    this.grid.imul(gain);
  }

  tileCopy(tr: number, tc: number): NDArray {
    return this.grid.slice(this.spec(tr, tc)).copy();
  }

  // Burns a polygon's cells with a class value and returns the new class total.
  burnCells(cells: [number, number][], value: number): number {
    const g = this.grid;
    for (const [r, c] of cells) {
      g.set([r, c], value); // expect: no-alias-mutation
    }
    return g.sum();
  }
}

class TileNode {
  data: NDArray;
  label: string;
  east: TileNode | null = null;
  west: TileNode | null = null;

  constructor(label: string, data: NDArray) {
    this.label = label;
    this.data = data;
  }

  seamDifference(): number {
    if (!this.east) return 0;
    let diff = 0;
    for (let r = 0; r < TILE; r++) {
      diff += Math.abs(this.data.get(r, TILE - 1) - this.east.data.get(r, 0));
    }
    return diff / TILE;
  }
}

// Builds a row of linked tiles so each tile can compare its seams with both neighbours.
function linkRow(labels: string[], tiles: NDArray[]): TileNode[] {
  const nodes = labels.map((label, i) => new TileNode(label, tiles[i]));
  for (let i = 0; i + 1 < nodes.length; i++) {
    const left = nodes[i];
    const right = nodes[i + 1];
    left.east = right;
    right.west = left; // expect: no-reference-cycle
  }
  return nodes;
}

const mosaic = new Mosaic(1, 3);
mosaic.paste(0, 0, array([[1, 1, 2], [1, 2, 2], [2, 2, 3]]));
mosaic.paste(0, 1, array([[2, 3, 3], [2, 3, 4], [3, 4, 4]]));
mosaic.paste(0, 2, array([[3, 4, 5], [4, 5, 5], [4, 5, 6]]));
mosaic.rescale(10);

const tiles = [0, 1, 2].map((tc) => mosaic.tileCopy(0, tc));
const row = linkRow(["W", "C", "E"], tiles);
for (const node of row) {
  console.log(`tile ${node.label}: mean=${node.data.mean().toFixed(2)} seam=${node.seamDifference().toFixed(2)}`);
}

const wetland: [number, number][] = [
  [0, 4],
  [1, 4],
  [1, 5],
  [2, 5],
];
const classTotal = mosaic.burnCells(wetland, 99);
console.log("class total after burning:", classTotal);

mosaic.clearTile(0, 2);
console.log("mosaic:", mosaic.grid.tolist());
console.log("mosaic range:", mosaic.grid.min(), "-", mosaic.grid.max());
