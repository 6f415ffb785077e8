// Scatter and grouped-bar internals: marker areas from a size column, side-by-side bar offsets, and a legend sparkline of the load series.
import { array, arange, NDArray } from "ndalias";

interface MarkerStyle {
  shape: "circle" | "square";
  edge: string;
  alpha: number;
}

const DEFAULT_MARKER: MarkerStyle = { shape: "circle", edge: "#ffffff", alpha: 0.8 };

class ScatterArtist {
  readonly sizes: NDArray;
  readonly style: MarkerStyle;

  constructor(values: NDArray, style: Partial<MarkerStyle> = {}) {
    this.sizes = values.copy();
    this.style = { ...DEFAULT_MARKER, ...style };
  }

  emphasize(k: number): void {
    this.sizes.imul(k);
  }

  markerAreas(scale: number): NDArray {
    const s = this.sizes;
    s.imul(scale); // expect: no-alias-mutation
    return s.mul(Math.PI);
  }

  legendSizes(): NDArray {
    return this.sizes.take([0, this.sizes.size - 1]);
  }
}

function sparkline(values: NDArray): string {
  const glyphs = "▁▂▃▄▅▆▇█";
  const lo = values.min();
  const span = values.max() - lo || 1;
  return (values.tolist() as number[]).map((v) => glyphs[Math.round(((v - lo) / span) * 7)]).join("");
}

function barRects(x: NDArray, heights: NDArray, width: number): string[] {
  const xs = x.tolist() as number[];
  const hs = heights.tolist() as number[];
  return xs.map((cx, i) => `[${(cx - width / 2).toFixed(2)}, ${(cx + width / 2).toFixed(2)}] h=${hs[i]}`);
}

function bubbleLegend(sizes: NDArray, unit: string): string[] {
  const ordered = sizes.copy();
  ordered.sort();
  const picks = [0, Math.floor(ordered.size / 2), ordered.size - 1];
  return picks.map((i) => `o ${ordered.get(i).toFixed(1)} ${unit}`);
}

const population = array([1.2, 3.4, 0.8, 5.6, 2.2]);
const scatter = new ScatterArtist(population, { alpha: 0.6 });
scatter.emphasize(1.5);
const areas = scatter.markerAreas(40);
console.log("marker areas:", (areas.tolist() as number[]).map((a) => a.toFixed(0)).join(" "));
console.log("legend sizes:", scatter.legendSizes().tolist(), "style:", scatter.style);
console.log("bubble legend:", bubbleLegend(population, "M people").join("  "));

const grouped = {
  x: arange(0, 5),
  sales2023: array([12, 15, 11, 18, 20]),
  sales2024: array([14, 16, 15, 21, 25]),
};
const barWidth = 0.4;
const left = grouped.x.sub(barWidth / 2);
console.log("2023 bars:", barRects(left, grouped.sales2023, barWidth).join(" "));

const { x: right } = grouped;
right.iadd(barWidth / 2); // expect: no-alias-mutation
console.log("2024 bars:", barRects(right, grouped.sales2024, barWidth).join(" "));
console.log("category ticks at:", grouped.x.tolist());

const load = array([0.9, 0.2, 0.35, 0.4, 0.62, 0.58, 0.7, 0.66]);
const legendPreview = load.slice(":4");
console.log("legend:", sparkline(legendPreview));

load.slice(":2").fill(NaN); // expect: no-view-mutation
console.log("main line:", load.tolist());
console.log("legend tooltip values:", legendPreview.tolist());
