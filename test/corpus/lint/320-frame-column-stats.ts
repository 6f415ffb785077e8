// A small column-oriented DataFrame over a 2-D matrix: per-column mean, spread and min-max scaling, then a summary print.
// runnable
import { array, NDArray } from "ndalias";

type ColumnName = string;

export class DataFrame {
  readonly values: NDArray;
  readonly columns: readonly ColumnName[];

  private constructor(values: NDArray, columns: readonly ColumnName[]) {
    this.values = values;
    this.columns = columns;
  }

  static fromRows(rows: number[][], columns: ColumnName[]): DataFrame {
    if (rows.length > 0 && rows[0].length !== columns.length) {
      throw new Error(`expected ${columns.length} values per row, got ${rows[0].length}`);
    }
    return new DataFrame(array(rows), columns);
  }

  get length(): number {
    return this.values.shape[0];
  }

  indexOf(name: ColumnName): number {
    const j = this.columns.indexOf(name);
    if (j < 0) throw new Error(`unknown column "${name}"; have ${this.columns.join(", ")}`);
    return j;
  }

  columnMean(name: ColumnName): number {
    return this.values.slice(":", this.indexOf(name)).mean();
  }

  columnStd(name: ColumnName): number {
    const col = this.values.slice(":", this.indexOf(name));
    col.isub(col.mean()); // expect: no-view-mutation
    return Math.sqrt(col.mul(col).mean());
  }

  minMaxScaled(name: ColumnName): NDArray {
    const scaled = this.values.slice(":", this.indexOf(name)).copy();
    const lo = scaled.min();
    const span = scaled.max() - lo;
    scaled.isub(lo);
    if (span > 0) scaled.idiv(span);
    return scaled;
  }

  toRecords(): Record<ColumnName, number>[] {
    const out: Record<ColumnName, number>[] = [];
    for (let i = 0; i < this.length; i++) {
      const rec: Record<ColumnName, number> = {};
      this.columns.forEach((c, j) => {
        rec[c] = this.values.get(i, j);
      });
      out.push(rec);
    }
    return out;
  }
}

const sales = DataFrame.fromRows(
  [
    [12.5, 3, 1],
    [9.0, 7, 0],
    [15.25, 2, 1],
    [11.0, 5, 0],
  ],
  ["price", "units", "promo"],
);

console.log("mean price:", sales.columnMean("price"));
console.log("price spread:", sales.columnStd("price"));
console.log("scaled units:", sales.minMaxScaled("units").tolist());
console.log("records:", sales.toRecords());
console.log("raw matrix:", sales.values.tolist());
