// Image tile script: edits a module-level greyscale tile with slice-assignment idioms, previews it before edits and reports regions after them.
import { array, NDArray } from "ndalias";
import { setTimeout as delay } from "node:timers/promises";

const TILE = array([
  [10, 20, 30, 40, 50],
  [15, 25, 35, 45, 55],
  [12, 22, 32, 42, 52],
  [18, 28, 38, 48, 58],
]);
const STYLE = { border: 0, highlight: 255, gamma: 1.1 };
const PRINT_STYLE = { ...STYLE, highlight: 200 };

function drawBorder(value: number): number {
  TILE.slice(0).fill(value);
  TILE.slice(-1).fill(value);
  TILE.slice(":", 0).fill(value);
  TILE.slice(":", -1).fill(value);
  return TILE.sum();
}

function brighten(rows: string, cols: string, amount: number): number {
  TILE.slice(rows, cols).iadd(amount);
  return TILE.max();
}

function mirrorCopy(): NDArray {
  const mirrored = TILE.flip(1).copy();
  mirrored.slice(0).fill(STYLE.highlight);
  return mirrored;
}

function regionMean(x: NDArray, spec: string): number {
  return x.slice(spec).mean();
}

function histogram(x: NDArray, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  const lo = x.min();
  const width = (x.max() - lo) / bins || 1;
  const flat = x.flatten();
  for (let i = 0; i < flat.size; i++) {
    counts[Math.min(bins - 1, Math.floor((flat.get(i) - lo) / width))]++;
  }
  return counts;
}

function contrast(x: NDArray): number {
  const lo = x.min();
  const hi = x.max();
  return hi + lo === 0 ? 0 : (hi - lo) / (hi + lo);
}

function asciiArt(x: NDArray): string {
  const shades = " .:-=+*#%@";
  const hi = x.max();
  return (x.tolist() as number[][])
    .map((row) => row.map((v) => shades[Math.min(9, Math.floor((v / hi) * 9))]).join(""))
    .join("\n");
}

{
  const preview = TILE.slice("1:3", "1:4");
  console.log("preview mean:", preview.mean(), "interior histogram:", histogram(preview, 3));
}

await delay(1);
console.log("sum with border:", drawBorder(STYLE.border));
console.log("max after brighten:", brighten("1:3", "1:4", 5));

const interior = TILE.slice("1:3", "1:4");
console.log("interior after edits:", interior.tolist(), "mean:", regionMean(TILE, "1:3, 1:4"));

const diag = TILE.diagonal();
console.log("diagonal before gamma:", diag.tolist());
TILE.imul(STYLE.gamma);
console.log("tile after gamma:", TILE.tolist(), "contrast:", contrast(TILE).toFixed(3));
console.log(asciiArt(TILE));

const mirrored = mirrorCopy();
console.log("mirrored with highlight row:", mirrored.tolist());

const transposed = TILE.T;
console.log("columns as rows:", transposed.tolist(), "print highlight:", PRINT_STYLE.highlight);
