// Reprojects four source scenes into the quadrant tiles of an 8x8 web-mercator mosaic and reports tile and mosaic statistics.
// runnable
import { zeros, NDArray } from "ndalias";

const TILE = 4;
const MOSAIC_ROWS = 8;
const MOSAIC_COLS = 8;
const PIXEL = 30;

interface Scene {
  id: string;
  originX: number;
  originY: number;
  pixel: number;
  values: NDArray;
}

interface TileReport {
  id: string;
  row: number;
  col: number;
  mean: number;
  max: number;
}

function makeScene(id: string, originX: number, originY: number, bias: number): Scene {
  const values = zeros([TILE, TILE]);
  for (let r = 0; r < TILE; r++) {
    for (let c = 0; c < TILE; c++) {
      values.set([r, c], bias + r * 0.5 + c * 0.25);
    }
  }
  return { id, originX, originY, pixel: PIXEL, values };
}

function clampIndex(i: number): number {
  return Math.min(TILE - 1, Math.max(0, i));
}

// Nearest-neighbour lookup of the source value under a destination pixel centre.
function sampleNearest(scene: Scene, x: number, y: number): number {
  const col = clampIndex(Math.floor((x - scene.originX) / scene.pixel));
  const row = clampIndex(Math.floor((scene.originY - y) / scene.pixel));
  return scene.values.get(row, col);
}

// Warps one scene onto the destination grid, shifted by half a pixel; returns a new tile-sized array.
function reprojectScene(scene: Scene, shiftX: number, shiftY: number): NDArray {
  const out = zeros([TILE, TILE]);
  for (let r = 0; r < TILE; r++) {
    for (let c = 0; c < TILE; c++) {
      const x = scene.originX + shiftX + (c + 0.5) * scene.pixel;
      const y = scene.originY - shiftY - (r + 0.5) * scene.pixel;
      out.set([r, c], sampleNearest(scene, x, y));
    }
  }
  return out;
}

function tileSpec(tileRow: number, tileCol: number): string {
  const r0 = tileRow * TILE;
  const c0 = tileCol * TILE;
  return `${r0}:${r0 + TILE}, ${c0}:${c0 + TILE}`;
}

const mosaic = zeros([MOSAIC_ROWS, MOSAIC_COLS]);
const scenes: Scene[] = [
  makeScene("T31UFQ", 0, 0, 10),
  makeScene("T31UGQ", 120, 0, 20),
  makeScene("T31UFP", 0, -120, 30),
  makeScene("T31UGP", 120, -120, 40),
];

const reports: TileReport[] = [];
for (let k = 0; k < scenes.length; k++) {
  const tileRow = Math.floor(k / 2);
  const tileCol = k % 2;
  const tile = mosaic.slice(tileSpec(tileRow, tileCol));
  const warped = reprojectScene(scenes[k], PIXEL / 4, PIXEL / 4);
  tile.assign(":", warped); // expect: no-view-mutation
  reports.push({ id: scenes[k].id, row: tileRow, col: tileCol, mean: warped.mean(), max: warped.max() });
}

for (const rep of reports) {
  console.log(`tile ${rep.id} [${rep.row},${rep.col}] mean=${rep.mean.toFixed(3)} max=${rep.max.toFixed(3)}`);
}

// A quick-look preview at half resolution, rescaled for display: a copy, so the mosaic is untouched.
const preview = mosaic.slice("::2, ::2").copy();
preview.isub(preview.min());
preview.imul(255 / Math.max(1e-9, preview.max()));
const previewRows = preview.tolist() as number[][];
console.log("preview (8-bit stretch):", previewRows.map((row) => row.map(Math.round)));

// Per-quadrant summaries read through fresh copies of the mosaic rows.
const northHalf = mosaic.slice(`0:${TILE}`).copy();
const southHalf = mosaic.slice(`${TILE}:`).copy();
northHalf.isub(northHalf.mean());
southHalf.isub(southHalf.mean());
console.log("north anomaly range:", northHalf.min().toFixed(3), northHalf.max().toFixed(3));
console.log("south anomaly range:", southHalf.min().toFixed(3), southHalf.max().toFixed(3));

const total = mosaic.sum();
const coverage = total / (MOSAIC_ROWS * MOSAIC_COLS);
console.log("mosaic sum:", total.toFixed(2), "mean value per cell:", coverage.toFixed(3));
console.log("mosaic:", mosaic.tolist());
