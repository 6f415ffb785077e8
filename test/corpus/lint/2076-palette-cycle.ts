// Color cycle internals: hands out series colors from a module palette, derives hover/disabled variants and RGBA fills for bars.
// runnable
import { array, zeros, NDArray } from "ndalias";

const BASE_PALETTE = array([
  [31, 119, 180],
  [255, 127, 14],
  [44, 160, 44],
  [214, 39, 40],
  [148, 103, 189],
]);

function toHex(rgb: number[]): string {
  return "#" + rgb.map((c) => Math.max(0, Math.min(255, Math.round(c))).toString(16).padStart(2, "0")).join("");
}

function paletteHex(palette: NDArray): string[] {
  return (palette.tolist() as number[][]).map(toHex);
}

function cycleColors(n: number): string[] {
  const rows = BASE_PALETTE.shape[0];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const row = BASE_PALETTE.slice(i % rows);
    out.push(toHex(row.tolist() as number[]));
  }
  return out;
}

function hoverVariant(amount: number): NDArray {
  const palette = BASE_PALETTE.copy();
  palette.isub(255);
  palette.imul(1 - amount);
  palette.iadd(255);
  return palette;
}

function disabledVariant(amount: number): NDArray {
  const palette = BASE_PALETTE;
  palette.imul(1 - amount); // expect: no-alias-mutation
  return palette;
}

function withAlpha(rgb: NDArray, alpha: number): NDArray {
  const n = rgb.shape[0];
  const rgba = zeros([n, 4]);
  rgba.assign(":, :3", rgb);
  rgba.assign(":, 3", alpha * 255);
  return rgba;
}

function fadeInPlace(rgba: NDArray, alpha: number): void {
  rgba.flatten().assign("3::4", alpha * 255); // expect: no-lost-write
}

function describe(name: string, palette: NDArray): void {
  console.log(`${name.padEnd(9)} ${paletteHex(palette).join(" ")}`);
}

interface BarStyle {
  fill: string;
  edge: string;
  opacity: number;
}

function barStyles(count: number, opacity: number): BarStyle[] {
  const fills = cycleColors(count);
  return fills.map((fill) => ({ fill, edge: "#222222", opacity }));
}

describe("base", BASE_PALETTE);
describe("hover", hoverVariant(0.3));
describe("disabled", disabledVariant(0.6));

const fills = withAlpha(BASE_PALETTE.slice(":3"), 1.0);
fadeInPlace(fills, 0.25);
console.log("bar fill alpha channel:", fills.slice(":, 3").tolist());

for (const style of barStyles(7, 0.9)) {
  console.log(`bar fill=${style.fill} edge=${style.edge} opacity=${style.opacity}`);
}
