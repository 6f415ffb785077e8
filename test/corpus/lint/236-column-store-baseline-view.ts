// Column store of named price/quantity columns: row ranges are views, filters return copies; a repricing report compares against an "opening" baseline.
import { array, zeros, NDArray } from "ndalias";

class ColumnTable {
  private readonly columns = new Map<string, NDArray>();
  constructor(readonly rows: number) {}

  add(name: string, values: NDArray): void {
    if (values.size !== this.rows) {
      throw new Error(`column ${name} has ${values.size} rows, expected ${this.rows}`);
    }
    this.columns.set(name, values);
  }

  column(name: string): NDArray {
    const col = this.columns.get(name);
    if (col === undefined) throw new Error(`unknown column ${name}`);
    return col;
  }

  rowRange(name: string, start: number, stop: number): NDArray {
    return this.column(name).slice(`${start}:${stop}`);
  }

  where(name: string, keep: (v: number) => boolean): number[] {
    const col = this.column(name);
    const hits: number[] = [];
    for (let i = 0; i < col.size; i++) if (keep(col.get(i))) hits.push(i);
    return hits;
  }

  select(name: string, rows: number[]): NDArray {
    return this.column(name).take(rows);
  }
}

const price = array([10, 12, 9, 15, 11, 14]);
const qty = array([3, 1, 4, 1, 5, 9]);
const table = new ColumnTable(6);
table.add("price", price);
table.add("qty", qty);

const cheapRows = table.where("price", (p) => p < 12);
const cheap = table.select("price", cheapRows);
cheap.imul(0.9);
console.log("promo prices for cheap rows:", cheap.tolist());

qty.slice("-1:").fill(0);
const revenue = zeros(6);
revenue.assign(":", price.mul(qty));
console.log("revenue by row:", revenue.tolist(), "window:", table.rowRange("qty", 0, 3).tolist());

const opening = price.slice(":3");
price.imul(1.05); // expect: no-view-mutation
const openingAvg = opening.mean();
console.log("opening average:", openingAvg, "repriced average:", price.mean());
