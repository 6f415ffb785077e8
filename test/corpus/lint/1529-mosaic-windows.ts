// Mosaics four 4x4 tiles into an 8x8 raster, makes a contrast-stretched quicklook, patches holes and exports strips of the mosaic.
// runnable
import { array, full, NDArray } from "ndalias";

const NODATA = -1;
const TILE = 4;

interface Placement {
  name: string;
  row: number;
  col: number;
  data: NDArray;
}

function makeTile(base: number, hole?: [number, number]): NDArray {
  const t = full([TILE, TILE], 0);
  for (let r = 0; r < TILE; r++) {
    for (let c = 0; c < TILE; c++) {
      t.set([r, c], base + r * TILE + c);
    }
  }
  if (hole) t.set(hole, NODATA);
  return t;
}

function windowSpec(row: number, col: number, size: number): string {
  return `${row}:${row + size}, ${col}:${col + size}`;
}

function validMean(region: NDArray): number {
  let sum = 0;
  let n = 0;
  for (const v of region.flatten().tolist() as number[]) {
    if (v !== NODATA) {
      sum += v;
      n++;
    }
  }
  return n ? sum / n : Number.NaN;
}

function exportStrip(name: string, strip: NDArray): void {
  const rows = strip.tolist() as number[][];
  console.log(`strip ${name}: ${rows.length} rows, first row ${JSON.stringify(rows[0])}`);
}

const placements: Placement[] = [
  { name: "NW", row: 0, col: 0, data: makeTile(100) },
  { name: "NE", row: 0, col: TILE, data: makeTile(200, [1, 1]) },
  { name: "SW", row: TILE, col: 0, data: makeTile(300) },
  { name: "SE", row: TILE, col: TILE, data: makeTile(400, [2, 1]) },
];

const mosaic = full([2 * TILE, 2 * TILE], NODATA);
for (const p of placements) {
  mosaic.assign(windowSpec(p.row, p.col, TILE), p.data);
}
// the eastern edge column is outside the licensed extent
mosaic.slice(":, -1").fill(NODATA);

console.log("mosaic valid mean:", validMean(mosaic).toFixed(2));

// strips for the export job, defined up front
const northStrip = mosaic.slice(`0:${TILE}, :`);
const southStrip = mosaic.slice(`${TILE}:, :`);
console.log("north strip mean before patching:", validMean(northStrip).toFixed(2));

// quicklook of the NW tile scaled to 0..255 for the web viewer
const quicklook = mosaic.slice(windowSpec(0, 0, TILE));
const qlScale = 255 / quicklook.max();
quicklook.imul(qlScale); // expect: no-view-mutation
console.log("quicklook:", quicklook.tolist());

// patch interior holes with the mean of their 4-neighbours
const [rows, cols] = mosaic.shape;
for (let r = 1; r < rows - 1; r++) {
  for (let c = 1; c < cols - 1; c++) {
    if (mosaic.get(r, c) !== NODATA) continue;
    const neighbours = [mosaic.get(r - 1, c), mosaic.get(r + 1, c), mosaic.get(r, c - 1), mosaic.get(r, c + 1)];
    const valid = neighbours.filter((v: number) => v !== NODATA);
    if (valid.length > 0) {
      mosaic.set([r, c], valid.reduce((a: number, b: number) => a + b, 0) / valid.length); // expect: no-view-mutation
    }
  }
}

exportStrip("north", northStrip);
exportStrip("south", southStrip);

// a window taken after patching sees the patched values, as intended
const centre = mosaic.slice("2:6, 2:6");
console.log("centre window mean:", validMean(centre).toFixed(2));

const summary = array([validMean(mosaic), mosaic.max(), mosaic.min()]);
console.log("mosaic summary [mean, max, min]:", summary.tolist());
