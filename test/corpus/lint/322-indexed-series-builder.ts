// Builds labelled time series with a row index and a fluent frame builder, blanks the warm-up period and prints lag features.
import { array, zeros, NDArray } from "ndalias";

class RowIndex {
  readonly labels: readonly string[];
  owner: Series | null = null;
  constructor(labels: readonly string[]) {
    this.labels = labels;
  }
  position(label: string): number {
    const p = this.labels.indexOf(label);
    if (p < 0) throw new RangeError(`label "${label}" not in index`);
    return p;
  }
}

class Series {
  values: NDArray;
  index: RowIndex | null = null;

  constructor(readonly name: string, values: NDArray) {
    this.values = values;
  }

  static indexed(name: string, values: number[], labels: string[]): Series {
    const s = new Series(name, array(values));
    const idx = new RowIndex(labels);
    s.index = idx;
    idx.owner = s; // expect: no-reference-cycle
    return s;
  }

  at(label: string): number {
    if (!this.index) throw new Error(`${this.name} has no index`);
    return this.values.get(this.index.position(label));
  }

  blankWarmup(periods: number): this {
    this.values.flatten().assign(`:${periods}`, Number.NaN); // expect: no-lost-write
    return this;
  }

  lag(k: number): NDArray {
    const out = zeros(this.values.size);
    out.assign(`${k}:`, this.values.slice(`:${this.values.size - k}`));
    return out;
  }
}

class FrameBuilder {
  private readonly series: Series[] = [];
  private labels: string[] = [];

  withLabels(labels: string[]): this {
    this.labels = labels;
    return this;
  }

  add(name: string, values: number[]): this {
    this.series.push(Series.indexed(name, values, this.labels));
    return this;
  }

  build(): ReadonlyMap<string, Series> {
    return new Map(this.series.map((s) => [s.name, s] as const));
  }
}

const frame = new FrameBuilder()
  .withLabels(["mon", "tue", "wed", "thu", "fri"])
  .add("temp", [14, 15, 13, 17, 18])
  .add("load", [320, 340, 310, 360, 390])
  .build();

for (const [name, s] of frame) {
  s.blankWarmup(1);
  console.log(name, "thu:", s.at("thu"), "lag1:", s.lag(1).tolist(), "values:", s.values.tolist());
}
