// A DataFrame assembled by a fluent builder, iterated row by row to build normalised row profiles and a column ranking.
import { zeros, array, NDArray } from "ndalias";

export class Frame implements Iterable<NDArray> {
  private constructor(
    readonly values: NDArray,
    readonly names: readonly string[],
  ) {}

  static builder(): FrameBuilder {
    return new FrameBuilder();
  }

  static assemble(cols: readonly NDArray[], names: readonly string[]): Frame {
    const m = zeros([cols[0].size, cols.length]);
    cols.forEach((c, j) => {
      m.assign(`:, ${j}`, c);
    });
    return new Frame(m, names);
  }

  *[Symbol.iterator](): Iterator<NDArray> {
    for (let i = 0; i < this.values.shape[0]; i++) yield this.values.slice(i);
  }

  column(name: string): NDArray {
    return this.values.slice(":", this.names.indexOf(name)).copy();
  }

  rowProfiles(): NDArray[] {
    const out: NDArray[] = [];
    for (const row of this) {
      const profile = row.copy();
      profile.idiv(profile.sum());
      out.push(profile);
    }
    return out;
  }
}

class FrameBuilder {
  private readonly cols: NDArray[] = [];
  private readonly names: string[] = [];

  column(name: string, values: readonly number[]): this {
    this.cols.push(array([...values]));
    this.names.push(name);
    return this;
  }

  build(): Frame {
    if (this.cols.length === 0) throw new Error("a frame needs at least one column");
    return Frame.assemble(this.cols, this.names);
  }
}

const traffic = Frame.builder()
  .column("web", [120, 80, 200])
  .column("app", [60, 140, 100])
  .column("store", [20, 30, 50])
  .build();

const profiles = traffic.rowProfiles();
profiles.forEach((p, i) => console.log(`day ${i} mix:`, p.tolist()));

const app = traffic.column("app");
app.isub(app.mean());
console.log("app deviation from mean:", app.tolist());

const ranking = traffic.names
  .map((name) => ({ name, total: traffic.column(name).sum() }))
  .sort((a, b) => b.total - a.total);
console.log("ranking:", ranking, "grand total:", traffic.values.sum());
