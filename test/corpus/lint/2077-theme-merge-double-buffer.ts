// Theme and animation internals: resolves series styles by merging defaults with overrides, and streams frames through two swapped buffers.
import { array, zeros, NDArray } from "ndalias";

interface SeriesStyle {
  name: string;
  rgb: NDArray;
  width: number;
  dash: number[];
}

interface Theme {
  background: string;
  gridRgb: NDArray;
  gridAlpha: number;
}

const DEFAULT_SERIES_STYLE: SeriesStyle = { name: "series", rgb: array([0.12, 0.47, 0.71]), width: 1.5, dash: [] };

const LIGHT_THEME: Theme = { background: "#ffffff", gridRgb: array([0.85, 0.85, 0.85]), gridAlpha: 0.6 };

function resolveStyle(overrides: Partial<SeriesStyle>, dimForDark: boolean): SeriesStyle {
  const source = overrides.rgb ?? DEFAULT_SERIES_STYLE.rgb;
  const style: SeriesStyle = { ...DEFAULT_SERIES_STYLE, ...overrides, rgb: source.copy() };
  if (dimForDark) style.rgb.imul(0.8);
  return style;
}

function darkTheme(): Theme {
  const theme: Theme = { ...LIGHT_THEME, background: "#121212", gridRgb: array([0.85, 0.85, 0.85]) };
  theme.gridRgb.isub(0.6);
  return theme;
}

function cssColor(rgb: NDArray, alpha = 1): string {
  const [r, g, b] = (rgb.tolist() as number[]).map((c) => Math.round(c * 255));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

function contrastRatio(theme: Theme): number {
  const luminance = theme.gridRgb.mean();
  const bg = theme.background === "#ffffff" ? 1 : 0.07;
  return (Math.max(luminance, bg) + 0.05) / (Math.min(luminance, bg) + 0.05);
}

class FrameSource {
  private cursor = 0;
  constructor(private readonly samples: NDArray) {}
  next(into: NDArray): void {
    const n = into.size;
    const total = this.samples.size;
    for (let i = 0; i < n; i++) {
      into.set(i, this.samples.get((this.cursor + i) % total));
    }
    this.cursor += n;
  }
}

const source = new FrameSource(array([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]));
let front = zeros(5);
let back = zeros(5);
const majorGrid = zeros(5);
const minorGrid = zeros(5);

for (let frame = 0; frame < 3; frame++) {
  source.next(back);
  back.imul(10);
  [front, back] = [back, front];
  console.log(`frame ${frame}: drawing`, front.tolist(), "peak", front.max());
}

majorGrid.fill(20);
minorGrid.fill(5);
minorGrid.iadd(majorGrid);
console.log("grid spacing:", majorGrid.tolist(), minorGrid.tolist());

const userStyle = resolveStyle({ name: "latency", width: 2 }, true);
const accentStyle = resolveStyle({ name: "errors", rgb: array([0.84, 0.15, 0.16]), dash: [3, 3] }, false);
const dark = darkTheme();

console.log(userStyle.name, cssColor(userStyle.rgb), userStyle.width);
console.log(accentStyle.name, cssColor(accentStyle.rgb), accentStyle.dash.join(","));
console.log("default series color:", cssColor(DEFAULT_SERIES_STYLE.rgb));
console.log("grid light:", cssColor(LIGHT_THEME.gridRgb, LIGHT_THEME.gridAlpha), "dark:", cssColor(dark.gridRgb, dark.gridAlpha));
console.log("backgrounds:", LIGHT_THEME.background, dark.background);
console.log("grid contrast:", contrastRatio(LIGHT_THEME).toFixed(2), contrastRatio(dark).toFixed(2));
