// Builds a row of raster tiles with east/west neighbour links so that edge pixels can be blended across tile seams.
import { zeros, full, NDArray } from "ndalias";

class RasterTile {
  pixels: NDArray;
  east: RasterTile | null = null;
  west: RasterTile | null = null;
  overview: NDArray | null = null;

  constructor(readonly col: number, size: number, fillValue: number) {
    this.pixels = full([size, size], fillValue);
  }

  eastEdge(): NDArray {
    return this.pixels.slice(":", -1).copy();
  }

  westEdge(): NDArray {
    return this.pixels.slice(":", 0).copy();
  }

  seamMismatch(): number {
    if (!this.east) return 0;
    const diff = this.eastEdge().sub(this.east.westEdge());
    return Math.sqrt(diff.mul(diff).mean());
  }
}

export function buildTileRow(count: number, size: number): RasterTile[] {
  const tiles: RasterTile[] = [];
  for (let c = 0; c < count; c++) {
    tiles.push(new RasterTile(c, size, 100 + 5 * c));
  }
  for (let c = 0; c + 1 < count; c++) {
    const left = tiles[c];
    const right = tiles[c + 1];
    left.east = right;
    right.west = left; // expect: no-reference-cycle
  }
  return tiles;
}

export function buildOverviews(tiles: RasterTile[]): void {
  for (const tile of tiles) {
    const half = tile.pixels.shape[0] / 2;
    const ov = zeros([half, half]);
    for (let i = 0; i < half; i++) {
      for (let j = 0; j < half; j++) {
        const block = tile.pixels.slice(`${2 * i}:${2 * i + 2}`, `${2 * j}:${2 * j + 2}`);
        ov.set([i, j], block.mean());
      }
    }
    tile.overview = ov;
  }
}

const row = buildTileRow(3, 4);
buildOverviews(row);
for (const tile of row) {
  console.log(`tile ${tile.col}: seam mismatch ${tile.seamMismatch().toFixed(2)}`, tile.overview?.tolist());
}
