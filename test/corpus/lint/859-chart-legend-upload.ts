// Builds a chart with its legend and y axis, maps the series to screen pixels for the renderer and prints the layout summary.
import { array, linspace, zeros, NDArray } from "ndalias";

class Axis {
  readonly ticks: NDArray;
  constructor(lo: number, hi: number, count: number) {
    this.ticks = linspace(lo, hi, count);
  }
  get lo(): number {
    return this.ticks.get(0);
  }
  get span(): number {
    return this.ticks.get(this.ticks.size - 1) - this.lo;
  }
}

class Legend {
  chart: Chart | null = null;
  readonly swatches: NDArray;
  constructor(readonly labels: string[]) {
    this.swatches = zeros([labels.length, 3], "uint8");
  }
  entry(i: number): string {
    const [r, g, b] = this.swatches.slice(i).tolist() as number[];
    return `${this.labels[i]} rgb(${r}, ${g}, ${b})`;
  }
}

class Chart {
  legend: Legend | null = null;
  readonly yAxis: Axis;
  constructor(readonly title: string, readonly series: NDArray) {
    this.yAxis = new Axis(series.min(), series.max(), 5);
  }
}

const PALETTE = [
  [31, 119, 180],
  [255, 127, 14],
  [44, 160, 44],
];

export function buildChart(title: string, series: NDArray, labels: string[]): Chart {
  const chart = new Chart(title, series);
  const legend = new Legend(labels);
  for (let i = 0; i < labels.length; i++) {
    legend.swatches.assign(i, array(PALETTE[i % PALETTE.length], "uint8"));
  }
  legend.chart = chart;
  chart.legend = legend; // expect: no-reference-cycle
  return chart;
}

export function toScreenY(chart: Chart, heightPx: number): number[] {
  const fromBottom = chart.series.sub(chart.yAxis.lo);
  const pixels = fromBottom.astype("float32");
  pixels.imul(heightPx / chart.yAxis.span); // expect: no-lost-write
  return fromBottom.tolist() as number[];
}

export function toScreenX(chart: Chart, widthPx: number): number[] {
  const x = linspace(0, widthPx, chart.series.size);
  x.isub(x.get(0));
  return x.tolist() as number[];
}

function tickLabels(axis: Axis, digits: number): string[] {
  const labels: string[] = [];
  for (let i = 0; i < axis.ticks.size; i++) {
    labels.push(axis.ticks.get(i).toFixed(digits));
  }
  return labels;
}

function summarize(chart: Chart): string {
  const legend = chart.legend;
  const entries = legend ? legend.labels.map((_, i) => legend.entry(i)).join("; ") : "no legend";
  return `${chart.title}: ${chart.series.size} points, legend ${entries}`;
}

const temperatures = array([12.5, 14.1, 17.8, 21.3, 19.6, 15.2, 11.9]);
const chart = buildChart("Weekly temperature", temperatures, ["max temp"]);

const ys = toScreenY(chart, 240);
const xs = toScreenX(chart, 600);
console.log(summarize(chart));
console.log("y ticks:", tickLabels(chart.yAxis, 1).join(" | "));
for (let i = 0; i < xs.length; i++) {
  console.log(`  point ${i}: (${xs[i].toFixed(0)}, ${ys[i].toFixed(1)})`);
}
console.log("source series:", temperatures.tolist());
