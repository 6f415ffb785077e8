// Converts a CT series to Hounsfield units, removes the scanner table rows and a detector bias, and prints a quick-look resample.
// runnable
import { arange, NDArray } from "ndalias";

interface RescaleHeader {
  readonly slope: number;
  readonly intercept: number;
}

class CtSeries {
  pixels: NDArray;
  readonly airValue = -1000;

  constructor(readonly seriesUid: string, slices: number, rows: number, cols: number) {
    const stored = arange(0, slices * rows * cols).reshape(slices, rows, cols);
    this.pixels = stored.mul(7).add(900);
  }

  applyRescale(header: RescaleHeader): void {
    this.pixels.imul(header.slope);
    this.pixels.iadd(header.intercept);
  }

  get slices(): number {
    return this.pixels.shape[0];
  }

  get rows(): number {
    return this.pixels.shape[1];
  }
}

function tableRows(series: CtSeries, fraction: number): number[] {
  const count = Math.max(1, Math.round(series.rows * fraction));
  const rows: number[] = [];
  for (let r = series.rows - count; r < series.rows; r++) rows.push(r);
  return rows;
}

function removeTable(series: CtSeries, fraction: number): void {
  const rows = tableRows(series, fraction);
  series.pixels.take(rows, 1).fill(series.airValue); // expect: no-lost-write
}

function removeBias(series: CtSeries, bias: number): void {
  if (bias === 0) return;
  const corrected = series.pixels.copy();
  corrected.isub(bias); // expect: no-lost-write
}

function estimateBias(series: CtSeries): number {
  const firstRow = series.pixels.slice(0, 0);
  const offset = firstRow.mean() - series.airValue;
  return offset > 500 ? 12 : 0;
}

function quickLook(series: CtSeries, step: number): NDArray {
  const picked: number[] = [];
  for (let z = 0; z < series.slices; z += step) picked.push(z);
  const sampled = series.pixels.take(picked, 0);
  sampled.isub(series.airValue);
  sampled.idiv(1000);
  return sampled;
}

function rowProfile(series: CtSeries, z: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < series.rows; r++) {
    out.push(Math.round(series.pixels.slice(z, r).mean()));
  }
  return out;
}

const series = new CtSeries("1.2.392.200036.9116", 4, 5, 3);
series.applyRescale({ slope: 1, intercept: -1024 });
console.log("HU range:", series.pixels.min(), "to", series.pixels.max());

removeTable(series, 0.2);
const bias = estimateBias(series);
console.log("estimated detector bias:", bias);
removeBias(series, bias);

const look = quickLook(series, 2);
console.log("quick-look shape:", look.shape, "mean above air (x1000 HU):", look.mean().toFixed(3));
for (let z = 0; z < series.slices; z++) {
  console.log(`slice ${z} row means:`, rowProfile(series, z));
}

const lastRow = series.pixels.slice(":", -1);
console.log("table row (should be air):", lastRow.tolist());
