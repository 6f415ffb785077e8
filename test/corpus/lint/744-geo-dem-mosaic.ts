// Assembles a DEM mosaic from tiles: nodata filling, vertical scaling, relative relief and slope statistics, and tile placement on a grid.
import { zeros, full, NDArray } from "ndalias";

const NODATA = -9999;
const TILE = 6;

interface DemTile {
  row: number;
  col: number;
  dem: NDArray;
  zScale: number;
}

interface TileReport {
  key: string;
  rawMax: number;
  relief: number;
  meanSlope: number;
}

function tileKey(t: DemTile): string {
  return `${t.row}/${t.col}`;
}

function hasNodata(r: NDArray): boolean {
  const values = r.flatten();
  for (let i = 0; i < values.size; i++) if (values.get(i) === NODATA) return true;
  return false;
}

function fillNodata(r: NDArray, fillValue: number): NDArray {
  if (!hasNodata(r)) return r;
  const out = r.copy();
  for (let i = 0; i < out.shape[0]; i++) {
    for (let j = 0; j < out.shape[1]; j++) {
      if (out.get(i, j) === NODATA) out.set([i, j], fillValue);
    }
  }
  return out;
}

function validMean(r: NDArray): number {
  let total = 0;
  let count = 0;
  const values = r.flatten();
  for (let i = 0; i < values.size; i++) {
    const v = values.get(i);
    if (v !== NODATA) {
      total += v;
      count++;
    }
  }
  return count === 0 ? NaN : total / count;
}

function prepareTile(tile: DemTile): NDArray {
  const elevation = fillNodata(tile.dem, validMean(tile.dem));
  elevation.imul(tile.zScale); // expect: no-alias-mutation
  return elevation;
}

function relativeRelief(dem: NDArray, margin: number): number {
  const rows = dem.shape[0];
  const cols = dem.shape[1];
  const core = dem.slice(`${margin}:${rows - margin}, ${margin}:${cols - margin}`);
  core.isub(core.min()); // expect: no-view-mutation
  return core.max();
}

function slopeDegrees(dem: NDArray, cellSize: number): NDArray {
  const rows = dem.shape[0];
  const cols = dem.shape[1];
  const out = zeros([rows - 2, cols - 2]);
  for (let i = 1; i < rows - 1; i++) {
    for (let j = 1; j < cols - 1; j++) {
      const dzdx = (dem.get(i, j + 1) - dem.get(i, j - 1)) / (2 * cellSize);
      const dzdy = (dem.get(i + 1, j) - dem.get(i - 1, j)) / (2 * cellSize);
      out.set([i - 1, j - 1], (Math.atan(Math.hypot(dzdx, dzdy)) * 180) / Math.PI);
    }
  }
  return out;
}

class Mosaic {
  readonly grid: NDArray;
  private readonly placed = new Set<string>();

  constructor(readonly tileRows: number, readonly tileCols: number) {
    this.grid = full([tileRows * TILE, tileCols * TILE], NODATA);
  }

  place(tile: DemTile, elevation: NDArray): void {
    const r0 = tile.row * TILE;
    const c0 = tile.col * TILE;
    this.grid.assign(`${r0}:${r0 + TILE}, ${c0}:${c0 + TILE}`, elevation);
    this.placed.add(tileKey(tile));
  }

  coverage(): number {
    return this.placed.size / (this.tileRows * this.tileCols);
  }

  seamError(): number {
    let worst = 0;
    for (let c = 1; c < this.tileCols; c++) {
      const left = this.grid.slice(":", c * TILE - 1);
      const right = this.grid.slice(":", c * TILE);
      const diff = left.sub(right);
      worst = Math.max(worst, diff.max(), -diff.min());
    }
    return worst;
  }
}

function syntheticTile(row: number, col: number, holes: number): DemTile {
  const dem = zeros([TILE, TILE]);
  for (let i = 0; i < TILE; i++) {
    for (let j = 0; j < TILE; j++) {
      const y = row * TILE + i;
      const x = col * TILE + j;
      dem.set([i, j], 100 + 8 * Math.sin(x * 0.4) + 5 * Math.cos(y * 0.3));
    }
  }
  for (let h = 0; h < holes; h++) dem.set([(h * 2) % TILE, (h * 3) % TILE], NODATA);
  return { row, col, dem, zScale: 1.5 };
}

function buildMosaic(tiles: DemTile[], rows: number, cols: number): [Mosaic, TileReport[]] {
  const mosaic = new Mosaic(rows, cols);
  const reports: TileReport[] = [];
  for (const tile of tiles) {
    const elevation = prepareTile(tile);
    mosaic.place(tile, elevation);
    const slope = slopeDegrees(elevation, 30);
    reports.push({
      key: tileKey(tile),
      rawMax: tile.dem.max(),
      relief: relativeRelief(elevation, 1),
      meanSlope: slope.mean(),
    });
  }
  return [mosaic, reports];
}

const tiles = [syntheticTile(0, 0, 0), syntheticTile(0, 1, 2), syntheticTile(1, 0, 0), syntheticTile(1, 1, 1)];
const [mosaic, reports] = buildMosaic(tiles, 2, 2);
for (const r of reports) {
  console.log(`${r.key}: raw max ${r.rawMax.toFixed(1)}, relief ${r.relief.toFixed(2)}, slope ${r.meanSlope.toFixed(2)} deg`);
}
console.log("coverage:", mosaic.coverage(), "worst seam step:", mosaic.seamError().toFixed(3));
console.log("mosaic corner:", mosaic.grid.slice("0:2, 0:2").tolist());
