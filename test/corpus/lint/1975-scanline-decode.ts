// Decodes a row-major raster scanline stream into a 4x6 grid, patches a corrupt pixel, measures tiles without their seam row and prints the results.
// runnable
import { arange, zeros, NDArray } from "ndalias";

const WIDTH = 6;
const HEIGHT = 4;
const CORRUPT_INDEX = 9;
const HEADER_ROWS = 1;
const GAIN = 0.0125;
const OFFSET = -1.2;

interface DecodeReport {
  rows: number;
  cols: number;
  rowMeans: number[];
  checksum: number;
}

function checksum(values: NDArray): number {
  let acc = 0;
  const flat = values.flatten();
  for (let i = 0; i < flat.size; i++) acc = (acc * 31 + Math.round(flat.get(i) * 10)) % 65521;
  return acc;
}

function rowMeans(grid: NDArray): number[] {
  const means: number[] = [];
  for (let r = 0; r < grid.shape[0]; r++) means.push(grid.slice(r).mean());
  return means;
}

// Mean of a tile ignoring its first scanline, which the sensor writes as a sync pattern.
function meanWithoutHeader(tile: NDArray): number {
  const header = tile.slice(`0:${HEADER_ROWS}`);
  header.fill(0); // expect: no-view-mutation
  return tile.sum() / ((tile.shape[0] - HEADER_ROWS) * tile.shape[1]);
}

// The same measurement done on a private copy.
function meanBelowHeader(tile: NDArray): number {
  const body = tile.slice(`${HEADER_ROWS}:`).copy();
  body.imul(GAIN);
  body.iadd(OFFSET);
  return body.mean();
}

function decodeReport(grid: NDArray): DecodeReport {
  return { rows: grid.shape[0], cols: grid.shape[1], rowMeans: rowMeans(grid), checksum: checksum(grid) };
}

// Simulated stream: digital numbers 100..123, one scanline after the other.
const stream = arange(100, 100 + WIDTH * HEIGHT);
stream.set(CORRUPT_INDEX, 65535); // simulated bit flip in transmission
const grid = stream.reshape(HEIGHT, WIDTH);
console.log("decoded grid:", grid.shape, "first row:", grid.slice(0).tolist());

// The decoder flags one pixel as corrupt; patch it in the stream with the mean of its scanline neighbours.
const patched = (stream.get(CORRUPT_INDEX - 1) + stream.get(CORRUPT_INDEX + 1)) / 2;
stream.set(CORRUPT_INDEX, patched); // expect: no-view-mutation
console.log("stream total:", stream.sum());

const report = decodeReport(grid);
console.log("rows x cols:", report.rows, "x", report.cols, "checksum:", report.checksum);
console.log("row means:", report.rowMeans.map((m) => m.toFixed(2)).join(", "));

// Tile statistics: the safe variant first, then the in-place variant used by the legacy exporter.
const safeMean = meanBelowHeader(grid);
console.log("mean radiance below header (copy):", safeMean.toFixed(3));
const legacyMean = meanWithoutHeader(grid);
console.log("mean below header (legacy):", legacyMean.toFixed(3));

// Histogram of the grid after both measurements.
const bins = zeros(4);
const lo = grid.min();
const width = (grid.max() - lo) / 4 || 1;
for (let r = 0; r < HEIGHT; r++) {
  for (let c = 0; c < WIDTH; c++) {
    const b = Math.min(3, Math.floor((grid.get(r, c) - lo) / width));
    bins.set(b, bins.get(b) + 1);
  }
}
console.log("histogram:", bins.tolist());
console.log("grid:", grid.tolist());
