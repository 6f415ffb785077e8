// Annotation layout internals: places value labels above bar tops, nudges overlapping labels apart and lists leader lines for the renderer.
import { array, arange, zeros, NDArray } from "ndalias";

interface BarSeries {
  name: string;
  centers: NDArray;
  heights: NDArray;
}

interface LabelStyle {
  font: string;
  size: number;
  pad: number;
  minGap: number;
}

const DEFAULT_LABEL_STYLE: LabelStyle = { font: "Inter", size: 10, pad: 2, minGap: 6 };

function labelBaselines(series: BarSeries, style: LabelStyle): NDArray {
  const ys = series.heights.copy();
  ys.iadd(style.pad);
  return ys;
}

function resolveCollisions(ys: NDArray, minGap: number): NDArray {
  const order = (ys.tolist() as number[]).map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = ys.copy();
  for (let k = 1; k < order.length; k++) {
    const prev = out.get(order[k - 1][1]);
    const idx = order[k][1];
    if (out.get(idx) - prev < minGap) out.set(idx, prev + minGap);
  }
  return out;
}

function leaderLines(series: BarSeries, labelY: NDArray): string[] {
  const tops = series.heights;
  const lines: string[] = [];
  for (let i = 0; i < tops.size; i++) {
    const gap = labelY.get(i) - tops.get(i);
    if (gap > 4) lines.push(`x=${series.centers.get(i)} from ${tops.get(i)} to ${labelY.get(i)}`);
  }
  return lines;
}

function formatValue(v: number, style: LabelStyle): string {
  return `${v.toFixed(v < 10 ? 1 : 0)} (${style.font} ${style.size}px)`;
}

const revenue: BarSeries = {
  name: "revenue",
  centers: arange(0, 6),
  heights: array([42, 44, 45, 61, 60, 63]),
};
const style: LabelStyle = { ...DEFAULT_LABEL_STYLE, size: 12 };

const baselines = labelBaselines(revenue, style);
const placed = resolveCollisions(baselines, style.minGap);
console.log("label y:", placed.tolist());
for (const line of leaderLines(revenue, placed)) console.log("leader", line);

const above = zeros(revenue.heights.size);
const below = zeros(revenue.heights.size);
above.fill(style.pad);
below.fill(-style.pad);
below.iadd(revenue.heights);
console.log("inside-bar labels:", below.tolist(), "outside offsets:", above.tolist());

let halfHeights = revenue.heights;
halfHeights = halfHeights.copy();
halfHeights.imul(0.5);
console.log("mid-bar anchors:", halfHeights.tolist());

placed.isub(revenue.heights);
const finalOffsets = placed;
console.log("final label offsets:", finalOffsets.tolist());
console.log(
  "labels:",
  (revenue.heights.tolist() as number[]).map((h) => formatValue(h, style)).join(" | "),
);
console.log(`${revenue.name} total:`, revenue.heights.sum(), "bars:", revenue.centers.size);
