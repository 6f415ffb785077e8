// Legend internals: line artists own their data, legend entries reference the artist they describe, and axes lay the legend out.
import { array, arange, NDArray } from "ndalias";

interface LineStyle {
  color: string;
  width: number;
  dash: number[];
}

const DEFAULT_LINE_STYLE: LineStyle = { color: "#1f77b4", width: 1.5, dash: [] };

class LineArtist {
  x: NDArray;
  y: NDArray;
  style: LineStyle;
  legend: LegendEntry | null = null;

  constructor(x: NDArray, y: NDArray, style: Partial<LineStyle> = {}) {
    this.x = x;
    this.y = y;
    this.style = { ...DEFAULT_LINE_STYLE, ...style };
  }

  lastValue(): number {
    return this.y.get(this.y.size - 1);
  }
}

class LegendEntry {
  artist: LineArtist | null = null;
  swatch: NDArray;

  constructor(readonly label: string, swatchWidth: number) {
    this.swatch = arange(0, swatchWidth);
  }

  text(): string {
    const last = this.artist ? this.artist.lastValue().toFixed(2) : "-";
    return `${this.label} (${last})`;
  }
}

class Axes {
  lines: LineArtist[] = [];
  entries: LegendEntry[] = [];

  constructor(readonly title: string) {}

  plot(x: NDArray, y: NDArray, label: string, style: Partial<LineStyle> = {}): LineArtist {
    const line = new LineArtist(x, y, style);
    const entry = new LegendEntry(label, 12);
    entry.artist = line;
    line.legend = entry; // expect: no-reference-cycle
    this.lines.push(line);
    this.entries.push(entry);
    return line;
  }

  scatterProxy(label: string): LegendEntry {
    const entry = new LegendEntry(label, 6);
    this.entries.push(entry);
    return entry;
  }

  legendLayout(rowHeight: number): string[] {
    return this.entries.map((e, i) => `y=${(i * rowHeight).toFixed(0)} swatch=${e.swatch.size}px ${e.text()}`);
  }

  dataLimits(): [number, number] {
    let lo = Infinity;
    let hi = -Infinity;
    for (const line of this.lines) {
      lo = Math.min(lo, line.y.min());
      hi = Math.max(hi, line.y.max());
    }
    return [lo, hi];
  }
}

const days = arange(0, 7);
const axes = new Axes("weekly active users (k)");
axes.plot(days, array([12.1, 12.9, 13.4, 13.0, 14.2, 9.8, 8.7]), "web");
axes.plot(days, array([30.5, 31.2, 31.9, 32.4, 33.0, 35.1, 36.3]), "mobile", { color: "#ff7f0e", dash: [4, 2] });
axes.scatterProxy("outages");

const [lo, hi] = axes.dataLimits();
console.log(`${axes.title}: ${lo}..${hi}`);
for (const row of axes.legendLayout(18)) console.log(row);
console.log("x ticks:", days.tolist());
