// Renders a gradient heat map into a frame buffer, tags regions for a debug overlay, clears the border and prints rows.
import { zeros, full, NDArray } from "ndalias";

type RegionTags = Record<string, NDArray>;

interface Frame {
  pixels: NDArray;
  width: number;
  height: number;
}

function makeFrame(height: number, width: number): Frame {
  return { pixels: zeros([height, width]), width, height };
}

function tagRegion(tags: RegionTags, name: string, region: NDArray): void {
  tags[name] = region;
}

function paintGradient(frame: Frame): void {
  const span = frame.height + frame.width - 2;
  for (let r = 0; r < frame.height; r++) {
    for (let c = 0; c < frame.width; c++) {
      frame.pixels.set([r, c], (r + c) / span);
    }
  }
}

function clearBorder(frame: Frame): void {
  frame.pixels.slice(0).fill(0);
  frame.pixels.slice(-1).fill(0);
  frame.pixels.slice(":", 0).fill(0);
  frame.pixels.slice(":", -1).fill(0);
}

function normalizeFrame(frame: Frame): void {
  const debug = { corner: frame.pixels.slice(0, 0), before: frame.pixels.max() };
  frame.pixels.idiv(Math.max(frame.pixels.max(), 1e-9));
}

function renderRow(row: NDArray): string {
  const shades = " .:-=+*#%@";
  let line = "";
  for (let i = 0; i < row.size; i++) {
    const level = Math.min(shades.length - 1, Math.floor((row.get(i) as number) * shades.length));
    line += shades[level];
  }
  return line;
}

function render(frame: Frame): string[] {
  const lines: string[] = [];
  for (let r = 0; r < frame.height; r++) {
    lines.push(renderRow(frame.pixels.slice(r)));
  }
  return lines;
}

const frame = makeFrame(6, 8);
const tags: RegionTags = {};
tagRegion(tags, "top", frame.pixels.slice(0));
tagRegion(tags, "centre", frame.pixels.slice("1:-1", "1:-1"));
tagRegion(tags, "left", frame.pixels.slice(":", 0));
console.log("debug overlay regions:", Object.keys(tags).join(", "));

paintGradient(frame);
frame.pixels.slice("2:4").imul(1.5);
normalizeFrame(frame);
clearBorder(frame);
frame.pixels.imul(0.95);

for (const line of render(frame)) {
  console.log(`|${line}|`);
}

const highlight = { row: frame.pixels.slice(3), label: "row 3" };
console.log(highlight.label, highlight.row.tolist());

const palette = { low: zeros(3), high: full(3, 255) };
palette.low.iadd(16);
palette.high.isub(palette.low);
console.log("palette:", palette.low.tolist(), palette.high.tolist());

const overlay = makeFrame(6, 8);
overlay.pixels.slice("1:-1", "1:-1").fill(1);
console.log("overlay coverage:", overlay.pixels.mean().toFixed(3), "frame peak:", frame.pixels.max().toFixed(3));
