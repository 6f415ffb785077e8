// CSV-like import for a sensor feed: rows are parsed into a preallocated buffer, bad rows are masked, and units are converted column by column.
import { empty, full, NDArray } from "ndalias";

const RAW = `ts,temp_c,humidity
1,21.5,40
2,bad,41
3,22.1,39
4,22.4,
5,23.0,38`;

function parseCell(cell: string): number {
  const v = Number.parseFloat(cell);
  return Number.isFinite(v) ? v : Number.NaN;
}

function fillRows(target: NDArray, lines: string[]): void {
  lines.forEach((line, r) => {
    const cells = line.split(",").map(parseCell);
    for (let c = 0; c < target.shape[1]; c++) target.set([r, c], cells[c] ?? Number.NaN);
  });
}

function badRows(table: NDArray): number[] {
  const bad: number[] = [];
  for (let r = 0; r < table.shape[0]; r++) {
    if (Number.isNaN(table.slice(r).sum())) bad.push(r);
  }
  return bad;
}

export function importFeed(text: string): NDArray {
  const lines = text.trim().split("\n").slice(1);
  const table = empty([lines.length, 3]);
  fillRows(table, lines);
  const bad = badRows(table);
  table.take(bad, 0).fill(0); // expect: no-lost-write
  table.slice(":", 1).imul(9 / 5);
  table.slice(":", 1).iadd(32);
  return table;
}

export function columnMeans(table: NDArray): NDArray {
  const means = full(table.shape[1], 0);
  for (let c = 0; c < table.shape[1]; c++) means.set(c, table.slice(":", c).mean());
  return means;
}

const feed = importFeed(RAW);
const humidity = feed.slice(":", 2).copy();
humidity.idiv(100);
const converted = feed.astype("float32");
console.log("feed:", feed.tolist(), "humidity fraction:", humidity.tolist());
console.log("means:", columnMeans(converted).tolist());
