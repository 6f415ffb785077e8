// Spreadsheet helpers: nested helpers hand out row blocks as views for reading and as copies for editing; the totals row is rebuilt in place.
import { array, NDArray } from "ndalias";

interface Sheet {
  name: string;
  cells: NDArray;
}

function block(cells: NDArray, start: number, stop: number): NDArray {
  return cells.slice(`${start}:${stop}`);
}

function headerBlock(sheet: Sheet): NDArray {
  return block(sheet.cells, 0, 1);
}

function bodyBlock(sheet: Sheet): NDArray {
  return block(sheet.cells, 1, sheet.cells.shape[0] - 1);
}

function editableHeader(sheet: Sheet): NDArray {
  return headerBlock(sheet).copy();
}

// What the header would sum to if every cell held the marker.
export function headerPreview(sheet: Sheet, marker: number): number {
  const header = editableHeader(sheet);
  header.fill(marker);
  return header.sum();
}

export function bodyMean(sheet: Sheet): number {
  return bodyBlock(sheet).mean();
}

// Rewrites the last row with the column totals of the body rows.
function recomputeTotals(sheet: Sheet): void {
  const body = bodyBlock(sheet);
  const totals: number[] = [];
  for (let c = 0; c < sheet.cells.shape[1]; c++) {
    let acc = 0;
    for (let r = 0; r < body.shape[0]; r++) {
      acc += body.get(r, c);
    }
    totals.push(acc);
  }
  sheet.cells.slice(-1).assign(":", array(totals));
}

function shareOfTotal(sheet: Sheet): NDArray {
  const shares = bodyBlock(sheet).div(sheet.cells.slice(-1));
  shares.imul(100);
  return shares;
}

function render(sheet: Sheet): string {
  const rows = sheet.cells.tolist() as number[][];
  return rows.map((r) => r.map((v) => String(v).padStart(6)).join("")).join("\n");
}

const sheet: Sheet = {
  name: "q3",
  cells: array([
    [1, 2, 3],
    [40, 50, 60],
    [70, 80, 90],
    [0, 0, 0],
  ]),
};

const header = headerBlock(sheet);
console.log(`${sheet.name} header:`, header.tolist(), "body mean:", bodyMean(sheet));
console.log("header preview with 7s:", headerPreview(sheet, 7));

recomputeTotals(sheet);
const totalsRow = sheet.cells.slice(-1);
console.log("totals:", totalsRow.tolist());

const shares = shareOfTotal(sheet);
console.log("share of column total (%):", shares.tolist());

sheet.cells.slice(0).fill(0);
sheet.cells.slice(1, 0).imul(2);
console.log(render(sheet));
