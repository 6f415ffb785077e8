// A raster figure for bar charts: getters expose a copy of the background and views of the pixel grid, bars are drawn through methods, and a legend is composed from swatches.
import { array, zeros, full, NDArray } from "ndalias";

interface LegendEntry {
  label: string;
  color: number;
  swatch: NDArray;
}

class Figure {
  private pixels: NDArray;

  constructor(readonly width: number, readonly height: number) {
    this.pixels = zeros([height, width], "uint8");
  }

  get background(): NDArray {
    return this.pixels.copy();
  }

  get topRow(): NDArray {
    return this.pixels.slice(0);
  }

  get baseline(): NDArray {
    return this.pixels.slice(-1);
  }

  clear(): void {
    this.pixels.fill(0);
  }

  drawAxis(): void {
    this.pixels.slice(-1).fill(1);
    this.pixels.slice(":", 0).fill(1);
  }

  drawBar(x: number, h: number, color: number): void {
    const top = Math.max(0, this.height - 1 - h);
    this.pixels.slice(`${top}:-1`, x).fill(color);
  }

  inkCount(): number {
    return this.pixels.astype("bool").astype("int32").sum();
  }

  render(): string {
    const chars = " |#=%@";
    const rows = this.pixels.tolist() as number[][];
    return rows.map((row) => row.map((v) => chars[v] ?? "?").join("")).join("\n");
  }
}

function scaleHeights(values: NDArray, maxHeight: number): NDArray {
  const heights = values.mul(maxHeight / values.max());
  for (let i = 0; i < heights.size; i++) heights.set(i, Math.round(heights.get(i)));
  return heights;
}

function makeLegend(labels: string[], colors: number[]): LegendEntry[] {
  const entries = labels.map((label, i) => ({ label, color: colors[i], swatch: zeros(3, "uint8") }));
  entries.forEach((e) => e.swatch.fill(e.color));
  return entries;
}

function legendText(entries: LegendEntry[]): string {
  const chars = " |#=%@";
  return entries.map((e) => `${chars[e.swatch.get(0)].repeat(e.swatch.size)} ${e.label}`).join("  ");
}

const sales = array([12, 30, 22, 41, 18]);
const targets = full(5, 25);
const colors = [2, 3, 2, 4, 3];

const fig = new Figure(8, 7);
const top = fig.topRow;
console.log("top row empty before drawing:", top.sum() === 0);

fig.drawAxis();
const heights = scaleHeights(sales, fig.height - 2);
(heights.tolist() as number[]).forEach((h, i) => fig.drawBar(i + 1, h, colors[i]));

const shaded = fig.background;
shaded.imul(2);
console.log("shaded ink total:", shaded.sum());

const base = fig.baseline;
console.log("baseline ink:", base.sum(), "of", base.size);

const gaps = targets.sub(sales);
gaps.assign("4:", 0);
console.log("shortfall vs target:", gaps.tolist());

const legend = makeLegend(["north", "south", "east"], [2, 3, 4]);
console.log(fig.render());
console.log(legendText(legend));
console.log("inked pixels:", fig.inkCount(), "sales:", sales.tolist(), "targets:", targets.tolist());

fig.clear();
console.log("after clear:", fig.inkCount());
