// Sheet objects that own their value block and recalculate through their own fields, rolled up into a parent summary sheet and a module-level totals row.
import { array, zeros, NDArray } from "ndalias";

const COLUMNS = ["units", "revenue", "returns"];
const GRAND_TOTALS = zeros(COLUMNS.length);
const RECALC_LOG: string[] = [];

class Sheet {
  block: NDArray;
  parent: Sheet | null = null;
  version = 0;

  constructor(
    readonly name: string,
    rows: number,
  ) {
    this.block = zeros([rows, COLUMNS.length]);
  }

  setRow(r: number, values: number[]): this {
    this.block.assign(`${r}, :`, array(values));
    this.version++;
    return this;
  }

  applyPriceChange(factor: number): number {
    this.block.assign(":, 1", this.block.slice(":", 1).mul(factor));
    this.version++;
    return this.block.slice(":", 1).sum();
  }

  netRevenue(): number {
    return this.block.slice(":", 1).sum() - this.block.slice(":", 2).sum();
  }

  clearReturns(): void {
    this.block.assign(":, 2", 0);
    this.version++;
  }

  columnTotals(): NDArray {
    const totals = zeros(COLUMNS.length);
    for (let c = 0; c < COLUMNS.length; c++) {
      totals.set(c, this.block.slice(":", c).sum());
    }
    return totals;
  }

  attachTo(parent: Sheet): void {
    this.parent = parent;
  }

  rollUp(): void {
    if (!this.parent) return;
    this.parent.block.iadd(this.columnTotals());
    this.parent.version++;
  }

  resize(rows: number): void {
    const grown = zeros([rows, COLUMNS.length]);
    const keep = Math.min(rows, this.block.shape[0]);
    grown.slice(`:${keep}`).assign(":", this.block.slice(`:${keep}`));
    this.block = grown;
  }
}

function recordGrandTotals(sheets: Sheet[]): number {
  GRAND_TOTALS.fill(0);
  for (const s of sheets) {
    GRAND_TOTALS.iadd(s.columnTotals());
  }
  RECALC_LOG.push(`grand totals over ${sheets.length} sheets`);
  return GRAND_TOTALS.get(1);
}

function describe(sheet: Sheet): string {
  const t = sheet.columnTotals().tolist() as number[];
  const parent = sheet.parent ? sheet.parent.name : "-";
  return `${sheet.name.padEnd(8)} v${sheet.version} parent=${parent.padEnd(8)} ` +
    COLUMNS.map((c, i) => `${c}=${t[i].toFixed(1)}`).join(" ");
}

const summary = new Sheet("summary", 1);
const east = new Sheet("east", 2).setRow(0, [10, 250, 20]).setRow(1, [4, 120, 0]);
const west = new Sheet("west", 3).setRow(0, [7, 175, 5]).setRow(1, [12, 300, 30]);
west.setRow(2, [1, 40, 0]);

east.attachTo(summary);
west.attachTo(summary);

console.log("east revenue after 5% price rise:", east.applyPriceChange(1.05).toFixed(2));
west.clearReturns();
west.resize(4);
west.setRow(3, [3, 66, 6]);

for (const s of [east, west]) s.rollUp();
for (const s of [summary, east, west]) console.log(describe(s));

const revenue = recordGrandTotals([east, west]);
console.log("grand totals:", GRAND_TOTALS.tolist(), "revenue:", revenue.toFixed(2));
console.log("summary net revenue:", summary.netRevenue().toFixed(2));
console.log("log:", RECALC_LOG.join("; "));
