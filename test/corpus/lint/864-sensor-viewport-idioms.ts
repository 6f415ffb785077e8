// Chart viewport over a sensor buffer: warm-up and gap samples are blanked with chained slice writes, the window is sliced after cleaning, and axes are read before rescaling.
import { array, linspace, NDArray } from "ndalias";

const GAPS: Array<[number, number]> = [
  [9, 11],
  [20, 21],
];

function render(label: string, values: NDArray): void {
  const cells = (values.tolist() as number[]).map((v) => v.toFixed(1).padStart(5));
  console.log(label.padEnd(10), cells.join(""));
}

function niceStep(span: number, ticks: number): number {
  const raw = span / Math.max(1, ticks - 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  return (residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1) * magnitude;
}

function axisTicks(lo: number, hi: number, count: number): number[] {
  const step = niceStep(hi - lo, count);
  const first = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let t = first; t <= hi + step / 2; t += step) ticks.push(Number(t.toFixed(6)));
  return ticks;
}

const buffer = linspace(0, 3, 24);
for (let i = 0; i < buffer.size; i++) {
  buffer.set(i, 50 + 10 * Math.sin(buffer.get(i) * 2) + (i % 3));
}
render("raw", buffer);

// Blank the sensor warm-up and every dropout, NumPy style (buffer[a:b] = v).
buffer.slice(":3").fill(buffer.get(3));
for (const [from, to] of GAPS) {
  buffer.slice(`${from}:${to}`).fill((buffer.get(from - 1) + buffer.get(to)) / 2);
}
buffer.slice("-2:").fill(buffer.get(21));
render("cleaned", buffer);

// Axis limits come from a window that is only read, before the unit change.
const axisWindow = buffer.slice("4:20");
const lo = axisWindow.min();
const hi = axisWindow.max();
console.log("y ticks:", axisTicks(lo, hi, 5).join(", "));

// Convert to percent of full scale in place; the window above is not used again.
buffer.imul(100 / 80);
render("percent", buffer);

// The zoom window is sliced after every write, so it shows the final values.
const zoomed = buffer.slice("6:18");
render("zoom", zoomed);
const reversed = zoomed.flip();
render("rtl", reversed);
console.log("zoom mean:", zoomed.mean().toFixed(2), "buffer mean:", buffer.mean().toFixed(2));

// Panning moves to a fresh window; tooltips read values straight from it.
const panned = buffer.slice("12:24");
const tooltips: string[] = [];
for (let i = 0; i < panned.size; i += 4) {
  tooltips.push(`t${12 + i}: ${panned.get(i).toFixed(1)}%`);
}
console.log("tooltips:", tooltips.join(" | "));
console.log("pan range:", panned.min().toFixed(1), "to", panned.max().toFixed(1));

// Highlight band drawn from its own copy.
const band = zoomed.copy();
band.isub(band.mean());
band.slice("::2").fill(0);
render("band", band);

// Annotations live in a separate array and never share the buffer's memory.
const annotations = array(new Array<number>(buffer.size).fill(0));
for (const [from, to] of GAPS) {
  annotations.slice(`${from}:${to}`).fill(1);
}
annotations.set(0, 1);
console.log("annotated samples:", annotations.sum(), "of", buffer.size);
render("annot", annotations);
