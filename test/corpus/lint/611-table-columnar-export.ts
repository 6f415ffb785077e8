// Loads a rows-by-columns sales extract, exposes a column-major view for the columnar writer, converts prices for the row writer and prints a summary.
import { array, NDArray } from "ndalias";

const header = ["region", "units", "price"];
const table = array([
  [1, 12, 9.5],
  [2, 0, 11],
  [1, 12, 9.5],
  [3, 7, 8.25],
]);
const byColumn = table.T;

function exportRows(rows: NDArray): string {
  const lines: string[] = [header.join(",")];
  for (let r = 0; r < rows.shape[0]; r++) {
    lines.push((rows.slice(r).tolist() as number[]).join(","));
  }
  return lines.join("\n");
}

function exportColumns(columns: NDArray): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  header.forEach((name, j) => {
    out[name] = columns.slice(j).tolist() as number[];
  });
  return out;
}

// Column checksums for the manifest, read before anything is written.
const checksums = header.map((_, j) => byColumn.slice(j).sum());
console.log("manifest checksums:", checksums);

// The row-oriented warehouse expects prices in cents.
table.slice(":", 2).imul(100); // expect: no-view-mutation
console.log(exportRows(table));

// The columnar writer expects prices in the source currency.
console.log(JSON.stringify(exportColumns(byColumn)));

// Median of every cell for the data-quality summary.
const cells = table.ravel();
cells.sort(); // expect: no-view-mutation
const median = cells.get(Math.floor(cells.size / 2));
console.log("median cell:", median);
console.log("first row after summary:", table.slice(0).tolist());
