// Plotting library heatmaps: a heatmap bins its grid with an injected colour scale, computes quantile breaks and prints a centred profile.
import { array, NDArray } from "ndalias";

interface ColorScale {
  colorFor(value: number): string;
}

class ThresholdScale implements ColorScale {
  constructor(private readonly breaks: number[], private readonly glyphs = " .:*#") {}

  colorFor(value: number): string {
    const bin = this.breaks.filter((b) => value >= b).length;
    return this.glyphs[Math.min(bin, this.glyphs.length - 1)];
  }
}

abstract class GridPlot {
  protected constructor(protected readonly grid: NDArray) {}

  get rows(): number {
    return this.grid.shape[0];
  }

  abstract render(): string[];
}

class Heatmap extends GridPlot {
  static fromRows(rows: number[][]): Heatmap {
    return new Heatmap(array(rows));
  }

  private constructor(grid: NDArray) {
    super(grid);
  }

  quantileBreaks(k: number): number[] {
    const flat = this.grid.ravel();
    flat.sort(); // expect: no-view-mutation
    const breaks: number[] = [];
    for (let i = 1; i < k; i++) breaks.push(flat.get(Math.floor((i * flat.size) / k)));
    return breaks;
  }

  extremes(): [number, number] {
    const sorted = this.grid.flatten();
    sorted.sort();
    return [sorted.get(0), sorted.get(sorted.size - 1)];
  }

  centredProfile(): string {
    const level = this.grid.mean();
    const centred = this.grid.sub(level);
    const firstRow = centred.slice(0);
    centred.imul(1 / (Math.abs(centred.max()) || 1)); // expect: no-view-mutation
    return `row 0 deviation: ${JSON.stringify(firstRow.tolist())}, overall ${centred.sum().toFixed(2)}`;
  }

  render(): string[] {
    const scale: ColorScale = new ThresholdScale(this.quantileBreaks(4));
    const lines: string[] = [];
    for (let r = 0; r < this.rows; r++) {
      let line = "";
      for (let c = 0; c < this.grid.shape[1]; c++) line += scale.colorFor(this.grid.get(r, c));
      lines.push(line);
    }
    return lines;
  }
}

const map = Heatmap.fromRows([
  [0.1, 0.4, 0.9, 0.3],
  [0.2, 0.8, 0.7, 0.1],
  [0.0, 0.3, 0.5, 0.6],
]);
console.log("range:", map.extremes());
console.log(map.render().join("\n"));
console.log(map.centredProfile());
