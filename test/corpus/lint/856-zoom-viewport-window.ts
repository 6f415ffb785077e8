// Zoomable line chart over a sample buffer: the zoom window is a view of the buffer, drawn scaled, with a minimap and a pinned overlay.
// runnable
import { linspace, NDArray } from "ndalias";

interface Viewport {
  start: number;
  end: number;
}

const BARS = "▁▂▃▄▅▆▇█";

function sparkline(values: NDArray): string {
  const lo = values.min();
  const span = values.max() - lo || 1;
  let line = "";
  for (let i = 0; i < values.size; i++) {
    const level = Math.floor(((values.get(i) - lo) / span) * (BARS.length - 1));
    line += BARS[level];
  }
  return line;
}

function clampViewport(vp: Viewport, length: number): Viewport {
  const width = Math.max(2, vp.end - vp.start);
  const start = Math.min(Math.max(0, vp.start), length - width);
  return { start, end: start + width };
}

function panBy(vp: Viewport, delta: number, length: number): Viewport {
  return clampViewport({ start: vp.start + delta, end: vp.end + delta }, length);
}

function zoomAround(vp: Viewport, centre: number, factor: number, length: number): Viewport {
  const half = Math.round(((vp.end - vp.start) * factor) / 2);
  return clampViewport({ start: centre - half, end: centre + half }, length);
}

function tickLabels(vp: Viewport, count: number): string[] {
  const step = (vp.end - vp.start) / (count - 1);
  return Array.from({ length: count }, (_, i) => `t${Math.round(vp.start + i * step)}`);
}

const samples = linspace(0, 4 * Math.PI, 48);
for (let i = 0; i < samples.size; i++) {
  samples.set(i, 20 + 8 * Math.sin(samples.get(i)));
}
console.log("minimap:", sparkline(samples));

let zoom = zoomAround({ start: 0, end: 48 }, 21, 0.375, samples.size);
const visible = samples.slice(`${zoom.start}:${zoom.end}`);
console.log("x axis:", tickLabels(zoom, 4).join(" "));

// Drawing scales a private copy of the window to the full plot height.
const plotted = visible.copy();
plotted.isub(plotted.min());
plotted.idiv(plotted.max());
console.log(`zoom ${zoom.start}-${zoom.end}:`, sparkline(plotted));

// The secondary axis shows deviation from the window mean.
visible.isub(visible.mean()); // expect: no-view-mutation
console.log("deviation axis:", visible.min().toFixed(2), "to", visible.max().toFixed(2));
console.log("minimap after zoom:", sparkline(samples), "level:", samples.mean().toFixed(2));

// Pan right and draw the new window from a copy.
zoom = panBy(zoom, 10, samples.size);
const panned = samples.slice(`${zoom.start}:${zoom.end}`).copy();
console.log(`pan ${zoom.start}-${zoom.end}:`, sparkline(panned), tickLabels(zoom, 3).join(" "));

// Pin the oldest block as a comparison overlay, then stream the next block into the buffer.
const pinned = samples.slice(":16");
console.log("pinned overlay mean:", pinned.mean().toFixed(2));

const incoming = linspace(15, 25, 16);
samples.assign(":16", incoming); // expect: no-view-mutation
console.log("overlay:", sparkline(pinned));
console.log("live:   ", sparkline(samples.slice(":16")));

// Reset zoom shows the whole buffer again.
zoom = clampViewport({ start: 0, end: samples.size }, samples.size);
console.log(`full ${zoom.start}-${zoom.end}:`, sparkline(samples), tickLabels(zoom, 5).join(" "));
