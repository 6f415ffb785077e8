// Plotting library: series hold their samples, axes pick a robust y-range for the series they show, and the figure prints a summary.
import { array, linspace, NDArray } from "ndalias";

interface Drawable {
  readonly label: string;
  bounds(): [number, number];
  describe(): string;
}

class Series implements Drawable {
  private readonly samples: NDArray;

  constructor(readonly label: string, values: number[]) {
    this.samples = array(values);
  }

  get values(): NDArray {
    return this.samples;
  }

  bounds(): [number, number] {
    return [this.samples.min(), this.samples.max()];
  }

  normalize(): void {
    const [lo, hi] = this.bounds();
    this.samples.sub(lo).idiv(hi - lo || 1); // expect: no-lost-write
  }

  describe(): string {
    return `${this.label}: ${JSON.stringify(this.samples.tolist())}`;
  }
}

class Axes {
  private readonly items: Series[] = [];

  add(series: Series): this {
    this.items.push(series);
    return this;
  }

  robustRange(series: Series, trim: number): [number, number] {
    const ys = series.values;
    ys.sort(); // expect: no-alias-mutation
    const k = Math.floor(ys.size * trim);
    return [ys.get(k), ys.get(ys.size - 1 - k)];
  }

  ticks(count: number): NDArray {
    let lo = Infinity;
    let hi = -Infinity;
    for (const s of this.items) {
      const [a, b] = this.robustRange(s, 0.1);
      lo = Math.min(lo, a);
      hi = Math.max(hi, b);
    }
    return linspace(lo, hi, count);
  }

  legend(): string[] {
    return this.items.map((s) => s.describe());
  }
}

class Figure {
  constructor(private readonly axes: Axes) {}

  summary(): string {
    const ticks = this.axes.ticks(5);
    return [`ticks: ${JSON.stringify(ticks.tolist())}`, ...this.axes.legend()].join("\n");
  }
}

const temperature = new Series("temperature", [21.5, 22.1, 35.0, 21.9, 22.4, 21.7, 22.0, 22.3, 22.6, 21.8]);
const humidity = new Series("humidity", [40, 42, 41, 39, 90, 43, 44, 42, 41, 40]);
humidity.normalize();
const axes = new Axes().add(temperature).add(humidity);
console.log(new Figure(axes).summary());
console.log("raw temperature trace:", temperature.values.tolist());
