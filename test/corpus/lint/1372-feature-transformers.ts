// Feature-engineering services that derive new arrays from a shared dataset: quantised copies, selected columns, ranked scores and residuals.
import { array, NDArray } from "ndalias";

class Dataset {
  readonly matrix: NDArray;

  constructor(rows: number[][]) {
    this.matrix = array(rows);
  }

  column(j: number): NDArray {
    return this.matrix.slice(":", j);
  }
}

class Quantizer {
  constructor(private readonly step: number) {}

  quantize(x: NDArray): NDArray {
    const q = x.div(this.step).astype("int32");
    q.imul(this.step);
    return q;
  }
}

class ColumnSelector {
  constructor(private readonly keep: number[]) {}

  select(ds: Dataset): NDArray {
    const picked = ds.matrix.take(this.keep, 1);
    picked.slice(":", 0).imul(0.001);
    return picked;
  }
}

class Ranker {
  topScore(scores: NDArray): number {
    const ordered = scores.flatten();
    ordered.sort();
    return Number(ordered.get(ordered.size - 1));
  }

  ranks(scores: NDArray): number[] {
    const ordered = scores.copy();
    ordered.sort();
    const sorted = ordered.tolist() as number[];
    return (scores.tolist() as number[]).map((v) => sorted.indexOf(v));
  }
}

class ResidualModel {
  constructor(private readonly slope: number) {}

  residuals(x: NDArray, y: NDArray): NDArray {
    const r = x.mul(this.slope);
    r.isub(y);
    r.imul(-1);
    return r;
  }
}

class FeatureReport {
  private readonly parts: string[] = [];

  add(name: string, values: NDArray): void {
    this.parts.push(`${name}=${JSON.stringify(values.tolist())}`);
  }

  toString(): string {
    return this.parts.join("\n");
  }
}

const ds = new Dataset([
  [1200, 3.5, 17, 0.2],
  [860, 2.0, 23, 0.9],
  [1530, 4.1, 11, 0.4],
  [990, 2.7, 30, 0.6],
]);
const report = new FeatureReport();
const quantizer = new Quantizer(5);
const selector = new ColumnSelector([0, 2]);
const ranker = new Ranker();
const residualModel = new ResidualModel(0.8);

const ages = ds.column(2);
report.add("ages (quantised)", quantizer.quantize(ages));
report.add("ages (raw)", ages);

const selected = selector.select(ds);
report.add("selected", selected);

const scores = ds.column(3);
console.log("top score:", ranker.topScore(scores), "ranks:", ranker.ranks(scores));

const res = residualModel.residuals(ds.column(1), scores);
report.add("residuals", res);

const bumped = scores.add(0.05);
bumped.set(0, 1.0);
report.add("bumped scores", bumped);

const normalized = ds.matrix.copy();
normalized.idiv(normalized.max());
report.add("normalised", normalized);

console.log(report.toString());
console.log("dataset untouched:", ds.matrix.sum());
