// A tiny line-plot renderer: rescales series into pixel rows, rasterises them onto a framed canvas and prints an ASCII preview with a legend.
import { array, zeros, linspace, NDArray } from "ndalias";

interface Series {
  name: string;
  ys: NDArray;
  color: number;
}

interface Viewport {
  width: number;
  height: number;
  margin: number;
}

const GLYPHS = [" ", "*", "+", "o", "x", ".", ".", ".", ".", "#"];

function niceTicks(lo: number, hi: number, count: number): number[] {
  const ticks = linspace(lo, hi, count);
  return (ticks.tolist() as number[]).map((t) => Math.round(t * 100) / 100);
}

function smooth(ys: NDArray): NDArray {
  let out: NDArray = ys;
  out = out.mul(0.5);
  out.slice("1:").iadd(ys.slice(":-1").mul(0.5));
  out.slice(":1").iadd(ys.slice(":1").mul(0.5));
  return out;
}

function toPixelRows(ys: NDArray, lo: number, hi: number, vp: Viewport): NDArray {
  const span = hi - lo || 1;
  const rows = ys.sub(lo);
  rows.imul((vp.height - 1 - 2 * vp.margin) / span);
  rows.iadd(vp.margin);
  return rows;
}

function clampInPlace(rows: NDArray, vp: Viewport): void {
  for (let i = 0; i < rows.size; i++) {
    const r = Math.round(rows.get(i));
    rows.set(i, Math.min(vp.height - 1 - vp.margin, Math.max(vp.margin, r)));
  }
}

function rasterize(canvas: NDArray, rows: NDArray, color: number): void {
  const width = canvas.shape[1];
  for (let x = 0; x < rows.size && x + 1 < width; x++) {
    const y = canvas.shape[0] - 1 - rows.get(x);
    canvas.set([y, x + 1], color);
  }
}

function render(series: Series[], vp: Viewport): NDArray {
  const canvas = zeros([vp.height, vp.width], "uint8");
  const smoothed = series.map((s) => smooth(s.ys));
  const lo = Math.min(...smoothed.map((ys) => ys.min()));
  const hi = Math.max(...smoothed.map((ys) => ys.max()));
  const pixelRows = smoothed.map((ys) => toPixelRows(ys, lo, hi, vp));
  pixelRows.forEach((rows) => clampInPlace(rows, vp));
  pixelRows.forEach((rows, i) => rasterize(canvas, rows, series[i].color));
  canvas.slice(0).fill(9);
  canvas.slice(-1).fill(9);
  canvas.slice(":", 0).fill(9);
  canvas.slice(":", -1).fill(9);
  return canvas;
}

function toAscii(canvas: NDArray): string {
  const lines: string[] = [];
  for (let y = 0; y < canvas.shape[0]; y++) {
    const row = canvas.slice(y);
    let line = "";
    for (let x = 0; x < row.size; x++) line += GLYPHS[row.get(x)];
    lines.push(line);
  }
  return lines.join("\n");
}

function legend(series: Series[]): string {
  const swatches = zeros(series.length, "uint8");
  series.forEach((s, i) => swatches.set(i, s.color));
  return series.map((s, i) => `${GLYPHS[swatches.get(i)]} ${s.name} (max ${s.ys.max()})`).join("   ");
}

function paletteShift(series: Series[], by: number): Series[] {
  return series.map((s) => ({ ...s, color: (s.color + by) % 9 || 1 }));
}

const temperature: Series = {
  name: "temperature",
  ys: array([12, 14, 17, 21, 24, 23, 19, 15, 13, 12, 11, 12]),
  color: 1,
};
const humidity: Series = {
  name: "humidity",
  ys: array([80, 76, 70, 61, 55, 52, 58, 66, 72, 78, 81, 83]).mul(0.25),
  color: 2,
};

const viewport: Viewport = { width: 14, height: 10, margin: 1 };
const plotted = [temperature, humidity];
const canvas = render(plotted, viewport);
const interior = canvas.slice("1:-1", "1:-1");

console.log(toAscii(canvas));
console.log(legend(plotted));
console.log("inked interior cells:", interior.astype("bool").astype("int32").sum());
console.log("y ticks:", niceTicks(temperature.ys.min(), temperature.ys.max(), 4).join(" | "));
console.log("raw temperature:", temperature.ys.tolist());
console.log("alt palette:", legend(paletteShift(plotted, 2)));
