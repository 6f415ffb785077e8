// Plotting library text canvas: a bar chart paints bars and a frame into its pixel grid, fades old frames and prints the canvas.
import { zeros, NDArray } from "ndalias";

abstract class Canvas {
  protected readonly pixels: NDArray;

  protected constructor(readonly height: number, readonly width: number) {
    this.pixels = zeros([height, width]);
  }

  drawFrame(): this {
    this.pixels.slice(0).fill(1);
    this.pixels.slice(-1).fill(1);
    this.pixels.slice(":", 0).fill(1);
    this.pixels.slice(":", -1).fill(1);
    return this;
  }

  fade(factor: number): number {
    this.pixels.imul(factor);
    return this.pixels.sum();
  }

  toText(): string {
    const rows: string[] = [];
    for (let r = 0; r < this.height; r++) {
      let row = "";
      for (let c = 0; c < this.width; c++) {
        const v: number = this.pixels.get(r, c);
        row += v > 0.75 ? "#" : v > 0.3 ? "+" : v > 0 ? "." : " ";
      }
      rows.push(row);
    }
    return rows.join("\n");
  }
}

class BarChart extends Canvas {
  static sized(height: number, width: number): BarChart {
    return new BarChart(height, width);
  }

  private constructor(height: number, width: number) {
    super(height, width);
  }

  plot(values: number[]): BarChart {
    const peak = Math.max(...values);
    const usable = this.height - 2;
    values.forEach((v, i) => {
      const h = Math.round((v / peak) * usable);
      if (h > 0) this.pixels.slice(`${this.height - 1 - h}:${this.height - 1}`, 2 + 2 * i).fill(1);
    });
    return this;
  }

  highlight(column: number): this {
    this.pixels.slice("1:-1", column).imul(0.5);
    this.pixels.T.slice(column).iadd(0.1);
    return this;
  }
}

const chart = BarChart.sized(7, 12).drawFrame().plot([3, 5, 2, 4]);
console.log(chart.toText());
console.log("ink after fading:", chart.fade(0.5).toFixed(1));
console.log(chart.highlight(4).plot([1, 2, 3, 4]).toText());
