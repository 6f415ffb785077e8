// Chart scene graph: series and axes link up to their chart but the chart keeps only ids, layers sit in an object-dtype table, and buffers never share memory.
import { empty, zeros, linspace, NDArray } from "ndalias";

class ChartNode {
  readonly seriesIds: string[] = [];
  readonly background: NDArray;
  constructor(readonly id: string, width: number, height: number) {
    this.background = zeros([height, width], "uint8");
  }
}

class SeriesNode {
  readonly chart: ChartNode;
  readonly values: NDArray;
  next: SeriesNode | null = null;
  constructor(readonly id: string, chart: ChartNode, values: NDArray) {
    this.chart = chart;
    this.values = values;
    chart.seriesIds.push(id);
  }
}

class AxisNode {
  readonly chart: ChartNode;
  readonly ticks: NDArray;
  constructor(chart: ChartNode, lo: number, hi: number) {
    this.chart = chart;
    this.ticks = linspace(lo, hi, 5);
  }
}

class Tooltip {
  prev: Tooltip = this;
  next: Tooltip = this;
  constructor(readonly text: string) {}
}

function chainSeries(first: SeriesNode, second: SeriesNode, third: SeriesNode): SeriesNode {
  first.next = second;
  second.next = third;
  third.next = null;
  return first;
}

function addTooltip(ring: Tooltip, tip: Tooltip): void {
  tip.prev = ring.prev;
  tip.next = ring;
  ring.prev.next = tip;
  ring.prev = tip;
}

const chart = new ChartNode("sales", 6, 2);
const north = new SeriesNode("north", chart, linspace(10, 20, 6));
const south = new SeriesNode("south", chart, linspace(8, 14, 6));
const total = new SeriesNode("total", chart, north.values.add(south.values));
const yAxis = new AxisNode(chart, 0, 40);
const head = chainSeries(north, south, total);

for (let node: SeriesNode | null = head; node !== null; node = node.next) {
  console.log(`${node.chart.id}/${node.id}: sum ${node.values.sum().toFixed(1)}`);
}
console.log("chart knows series:", chart.seriesIds.join(", "), "y ticks:", yAxis.ticks.tolist());

// Render layers registered in an object-dtype table.
const layers = empty(3, "object");
layers.set(0, chart.background);
layers.set(1, north.values);
layers.set(2, south.values);
chart.background.fill(255);
const bg: NDArray = layers.get(0);
console.log("layers:", layers.size, "background mean:", bg.mean());

// Independent buffers for the hover overlay and the selection overlay.
const hover = zeros(6);
const selection = zeros(6);
hover.set(2, 1);
selection.slice("3:5").fill(1);
const overlay = hover.add(selection);
console.log("hover:", hover.tolist(), "selection:", selection.tolist(), "overlay:", overlay.tolist());

// Tooltips form a ring, but hold only text.
const ring = new Tooltip("");
for (const node of [north, south, total]) {
  addTooltip(ring, new Tooltip(`${node.id}: max ${node.values.max().toFixed(1)}`));
}
for (let tip = ring.next; tip !== ring; tip = tip.next) console.log("tooltip", tip.text);

// Totals are recomputed into a new array after the north series is rescaled through its own path.
north.values.imul(1.1);
const refreshed = north.values.add(south.values);
console.log("stale total:", total.values.tolist());
console.log("refreshed total:", refreshed.tolist());
