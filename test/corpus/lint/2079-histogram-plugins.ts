// Histogram artist internals: bins samples into counts, runs registered bar plugins before drawing and prints densities and labels.
import { array, linspace, zeros, NDArray } from "ndalias";

interface HistBars {
  label: string;
  edges: NDArray;
  counts: NDArray;
}

interface BarPlugin {
  name: string;
  beforeDraw(bars: HistBars): void;
}

const pluginList: BarPlugin[] = [];
const pluginsByName = new Map<string, BarPlugin>();

function registerPlugin(plugin: BarPlugin): void {
  if (pluginsByName.has(plugin.name)) return;
  pluginList.push(plugin);
  pluginsByName.set(plugin.name, plugin);
}

function binCounts(samples: NDArray, edges: NDArray): NDArray {
  const nb = edges.size - 1;
  const lo = edges.get(0);
  const hi = edges.get(nb);
  const counts = zeros(nb);
  for (let i = 0; i < samples.size; i++) {
    const v: number = samples.get(i);
    if (v < lo || v > hi) continue;
    const b = Math.min(nb - 1, Math.floor(((v - lo) / (hi - lo)) * nb));
    counts.set(b, counts.get(b) + 1);
  }
  return counts;
}

function density(bars: HistBars): NDArray {
  const width = bars.edges.get(1) - bars.edges.get(0);
  return bars.counts.div(bars.counts.sum() * width);
}

function binLabels(edges: NDArray): string[] {
  const e = edges.tolist() as number[];
  return e.slice(0, -1).map((lo, i) => `${lo.toFixed(0)}-${e[i + 1].toFixed(0)}`);
}

registerPlugin({
  name: "cap-outliers",
  beforeDraw(bars: HistBars): void {
    const cap = bars.counts.mean() * 3;
    for (let i = 0; i < bars.counts.size; i++) {
      if (bars.counts.get(i) > cap) bars.counts.set(i, cap);
    }
  },
});

registerPlugin({
  name: "hide-empty-edges",
  beforeDraw(bars: HistBars): void {
    if (bars.counts.get(0) === 0) bars.counts.slice(":1").fill(NaN);
  },
});

function draw(bars: HistBars): string[] {
  for (const plugin of pluginList) plugin.beforeDraw(bars);
  const labels = binLabels(bars.edges);
  const values = bars.counts.tolist() as number[];
  return labels.map((l, i) => `${bars.label} ${l.padStart(7)} ${"#".repeat(Number.isNaN(values[i]) ? 0 : values[i])}`);
}

const edges = linspace(20, 70, 6);
const ages = array([23, 25, 31, 34, 35, 38, 41, 44, 45, 47, 52, 29, 33, 36, 39]);
const tenure = array([1, 2, 2, 3, 5, 8, 13, 4, 6, 7]);

const ageBars: HistBars = { label: "age", edges, counts: binCounts(ages, edges) };
const tenureBars: HistBars = { label: "tenure", edges: linspace(0, 15, 6), counts: binCounts(tenure, linspace(0, 15, 6)) };

console.log("density (age):", (density(ageBars).tolist() as number[]).map((d) => d.toFixed(3)).join(" "));

ageBars.counts.iadd(0.5);
const smoothed = ageBars.counts;
console.log("smoothed age counts:", smoothed.tolist(), "total:", smoothed.sum());

[ageBars, tenureBars].forEach((bars) => bars.counts.imul(2));

for (const line of [...draw(ageBars), ...draw(tenureBars)]) console.log(line);
console.log("plugins:", [...pluginsByName.keys()].join(", "), "samples:", ages.size + tenure.size);
