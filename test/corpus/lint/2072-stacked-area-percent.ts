// Stacked area chart preprocessing: fills gaps in each layer, converts layers to percentages of the total and computes stack baselines.
import { array, zeros, NDArray } from "ndalias";

class AreaLayer {
  constructor(
    readonly name: string,
    public values: NDArray,
    readonly color: string,
  ) {}
}

interface StackedFrame {
  names: string[];
  percent: NDArray[];
  baselines: NDArray[];
}

function fillGapsInPlace(values: NDArray, fallback: number): void {
  for (let i = 0; i < values.size; i++) {
    if (Number.isNaN(values.get(i))) values.set(i, fallback);
  }
}

function columnTotals(layers: AreaLayer[]): NDArray {
  let totals = zeros(layers[0].values.size);
  for (const layer of layers) {
    totals = totals.add(layer.values);
  }
  return totals;
}

function toPercent(values: NDArray, totals: NDArray): NDArray {
  values.idiv(totals); // expect: no-alias-mutation
  return values.mul(100);
}

function stackBaselines(percent: NDArray[]): NDArray[] {
  let running = zeros(percent[0].size);
  const baselines: NDArray[] = [];
  for (const p of percent) {
    baselines.push(running);
    running = running.add(p);
  }
  return baselines;
}

function legendLabels(percent: NDArray, name: string): string {
  const rounded = percent.copy();
  for (let i = 0; i < rounded.size; i++) {
    rounded.set(i, Math.round(rounded.get(i)));
  }
  return `${name}: ${(rounded.tolist() as number[]).map((v) => `${v}%`).join(" / ")}`;
}

function buildFrame(layers: AreaLayer[]): StackedFrame {
  layers.forEach((layer) => fillGapsInPlace(layer.values, 0));
  const totals = columnTotals(layers);
  const percent = layers.map((layer) => toPercent(layer.values, totals));
  return {
    names: layers.map((layer) => layer.name),
    percent,
    baselines: stackBaselines(percent),
  };
}

function renderTooltip(layers: AreaLayer[], column: number): string {
  const parts = layers.map((layer) => `${layer.name}=${layer.values.get(column)}`);
  return `column ${column}: ${parts.join(", ")}`;
}

const energyMix = [
  new AreaLayer("coal", array([410, 395, NaN, 360, 342]), "#444"),
  new AreaLayer("gas", array([220, 231, 240, NaN, 262]), "#c60"),
  new AreaLayer("wind", array([80, 96, 118, 140, 171]), "#3a7"),
  new AreaLayer("solar", array([25, 38, 55, 79, 104]), "#fc3"),
];

const frame = buildFrame(energyMix);
frame.names.forEach((name, i) => console.log(legendLabels(frame.percent[i], name)));
console.log(
  "top baseline:",
  frame.baselines[frame.baselines.length - 1].tolist(),
);
console.log("tooltip:", renderTooltip(energyMix, 2));
console.log(
  "absolute coal output (TWh):",
  energyMix[0].values.sum().toFixed(0),
);
