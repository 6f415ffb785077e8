// A feature store shared by a standardiser, a score capper and a CSV exporter: standardises, caps scores, exports and summarises.
// runnable
import { array, NDArray } from "ndalias";

class FeatureStore {
  features: NDArray;
  readonly names: string[];

  constructor(names: string[], rows: number[][]) {
    this.names = names;
    this.features = array(rows);
  }

  columnMean(j: number): number {
    return this.features.slice(":", j).mean();
  }

  describe(): string {
    return this.names.map((n, j) => `${n}=${this.columnMean(j).toFixed(3)}`).join(" ");
  }
}

class Standardizer {
  constructor(private readonly store: FeatureStore) {}

  standardized(): NDArray {
    const z = this.store.features.copy();
    for (let j = 0; j < z.shape[1]; j++) {
      const mu = z.slice(":", j).mean();
      const centred = z.slice(":", j).sub(mu);
      const sd = Math.sqrt(centred.mul(centred).mean()) || 1;
      z.slice(":", j).isub(mu);
      z.slice(":", j).idiv(sd);
    }
    return z;
  }
}

class ScoreCapper {
  constructor(
    private readonly column: number,
    private readonly cap: number,
  ) {}

  // Rescales the score column of the store so that its largest score is the cap.
  capScores(store: FeatureStore): void {
    const top = store.features.slice(":", this.column).max();
    if (top > this.cap) {
      const scores = store.features.take([this.column], 1);
      scores.imul(this.cap / top); // expect: no-lost-write
    }
  }
}

class CsvExporter {
  private readonly lines: string[] = [];

  constructor(private readonly precision: number) {}

  header(names: string[]): void {
    this.lines.push(names.join(","));
  }

  writeRows(table: NDArray): void {
    for (let i = 0; i < table.shape[0]; i++) {
      const cells: string[] = [];
      for (let j = 0; j < table.shape[1]; j++) {
        cells.push(Number(table.get(i, j)).toFixed(this.precision));
      }
      this.lines.push(cells.join(","));
    }
  }

  text(): string {
    return this.lines.join("\n");
  }
}

const store = new FeatureStore(
  ["age", "income_k", "score"],
  [
    [34, 52, 0.7],
    [45, 61, 1.4],
    [29, 38, 0.9],
    [51, 70, 0.2],
  ],
);
const standardizer = new Standardizer(store);
const capper = new ScoreCapper(2, 1.0);
const exporter = new CsvExporter(2);

console.log("loaded:", store.describe());

const z = standardizer.standardized();
z.slice(":", 0).imul(-1);
console.log("standardised (age flipped):", z.tolist());

capper.capScores(store);
console.log("after capping:", store.describe());

// The downstream system wants incomes in euros rather than thousands.
const exportTable = store.features;
exportTable.imul(array([1, 1000, 1])); // expect: no-alias-mutation
exporter.header(store.names);
exporter.writeRows(exportTable);
console.log(exporter.text());

const incomeShare = store.features.slice(":", 1).div(store.features.slice(":", 1).sum());
console.log("income share per row:", incomeShare.tolist());
console.log("summary after export:", store.describe(), "total:", store.features.sum());
