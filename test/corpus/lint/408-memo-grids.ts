// Memoised frequency grids for a spectral plot: grids are cached by a string key, and a centred grid and tick labels are derived.
import { linspace, NDArray } from "ndalias";

const baseGrid = linspace(0, 1, 6);
const cache = new Map<string, NDArray>();

function memoize(fn: (key: string) => NDArray): (key: string) => NDArray {
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}

const gridFor = memoize((key) => {
  const factor = Number(key.split(":")[1] ?? "1");
  return baseGrid.mul(factor);
});

function centredGrid(): NDArray {
  const grid = baseGrid;
  grid.isub(grid.mean()); // expect: no-alias-mutation
  return grid;
}

function tickLabels(unit: string): string[] {
  const ends = baseGrid.slice("::5");
  ends.imul(100); // expect: no-view-mutation
  return (ends.tolist() as number[]).map((v) => `${v.toFixed(0)} ${unit}`);
}

function spacing(key: string): number {
  const g = gridFor(key);
  return g.get(1) - g.get(0);
}

const hz = gridFor("scale:50").copy();
hz.iadd(0.5);
console.log("bin centres (Hz):", hz.tolist());
console.log("cached grid:", gridFor("scale:50").tolist(), "spacing:", spacing("scale:50"));

console.log("ticks:", tickLabels("%"));
console.log("centred:", centredGrid().tolist());
console.log("base grid:", baseGrid.tolist());
