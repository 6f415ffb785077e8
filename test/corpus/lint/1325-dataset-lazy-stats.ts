// A feature table with lazily cached column means and spreads, invalidated by a setter, plus standardised and winsorised exports.
import { array, NDArray } from "ndalias";

class FeatureTable {
  static tablesBuilt = 0;

  private _values: NDArray;
  private _mean: NDArray | null = null;
  private _std: NDArray | null = null;
  private recomputations = 0;

  constructor(values: NDArray) {
    this._values = values.copy();
    FeatureTable.tablesBuilt++;
  }

  get values(): NDArray {
    return this._values;
  }

  set values(next: NDArray) {
    this._values = next.copy();
    this._mean = null;
    this._std = null;
  }

  get mean(): NDArray {
    if (this._mean === null) {
      const rows = this._values.shape[0];
      const acc = this._values.slice(0).copy();
      for (let r = 1; r < rows; r++) acc.iadd(this._values.slice(r));
      acc.idiv(rows);
      this._mean = acc;
      this.recomputations++;
      return acc;
    }
    return this._mean;
  }

  get std(): NDArray {
    if (this._std === null) {
      const centered = this._values.sub(this.mean);
      const sq = centered.mul(centered);
      const rows = this._values.shape[0];
      const acc = sq.slice(0).copy();
      for (let r = 1; r < rows; r++) acc.iadd(sq.slice(r));
      acc.idiv(rows);
      for (let i = 0; i < acc.size; i++) acc.set(i, Math.sqrt(acc.get(i)));
      this._std = acc;
      return acc;
    }
    return this._std;
  }

  standardized(): NDArray {
    const z = this._values.sub(this.mean);
    z.idiv(this.std);
    return z;
  }

  winsorized(limit: number): NDArray {
    const clipped = this.standardized();
    for (let i = 0; i < clipped.shape[0]; i++) {
      for (let j = 0; j < clipped.shape[1]; j++) {
        const v = clipped.get(i, j);
        if (Math.abs(v) > limit) clipped.set([i, j], Math.sign(v) * limit);
      }
    }
    return clipped;
  }

  get cacheMisses(): number {
    return this.recomputations;
  }
}

class LabelledTable extends FeatureTable {
  private labels: string[];

  constructor(values: NDArray, labels: string[]) {
    super(values);
    this.labels = labels;
  }

  column(name: string): NDArray {
    const j = this.labels.indexOf(name);
    if (j < 0) throw new Error(`unknown column ${name}`);
    return this.values.slice(":", j);
  }

  describe(): string[] {
    const m = this.mean;
    const s = this.std;
    return this.labels.map((l, j) => `${l}: mean=${m.get(j).toFixed(2)} std=${s.get(j).toFixed(2)}`);
  }
}

const raw = array([
  [5.1, 3.5, 1.4],
  [4.9, 3.0, 1.3],
  [6.2, 2.9, 4.3],
  [5.9, 3.2, 4.8],
]);
const table = new LabelledTable(raw, ["sepal", "width", "petal"]);
raw.imul(10);

const petal = table.column("petal");
console.log(table.describe().join("\n"));
console.log("petal column:", petal.tolist(), "petal max:", petal.max());

const scores = table.winsorized(1.0);
scores.imul(100);
console.log("scores x100:", scores.tolist());

table.values = raw.div(10);
console.log("misses after reset:", table.cacheMisses, "mean again:", table.mean.tolist());
console.log("raw (scaled by 10):", raw.tolist(), "tables:", FeatureTable.tablesBuilt);
