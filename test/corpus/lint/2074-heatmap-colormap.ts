// Heatmap artist internals: maps a 2-D grid to colormap indices, builds a colorbar, masks dead sensor cells and exports row profiles.
import { array, linspace, NDArray } from "ndalias";

const VIRIDIS_STOPS = ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"];

interface Colorbar {
  values: NDArray;
  colors: string[];
}

class Heatmap {
  grid: NDArray;
  vmin: number;
  vmax: number;

  constructor(grid: NDArray, readonly title: string) {
    this.grid = grid;
    this.vmin = grid.min();
    this.vmax = grid.max();
  }

  setGain(k: number): void {
    this.grid.imul(k);
    this.vmin = this.grid.min();
    this.vmax = this.grid.max();
  }

  colorIndices(levels: number): NDArray {
    const flat = this.grid.ravel();
    flat.isub(this.vmin); // expect: no-view-mutation
    return flat.mul((levels - 1) / (this.vmax - this.vmin));
  }

  colorbar(ticks: number): Colorbar {
    const values = linspace(this.vmin, this.vmax, ticks);
    const colors: string[] = [];
    for (let i = 0; i < ticks; i++) {
      const stop = Math.round((i / Math.max(1, ticks - 1)) * (VIRIDIS_STOPS.length - 1));
      colors.push(VIRIDIS_STOPS[stop]);
    }
    return { values, colors };
  }

  quantileLimits(q: number): [number, number] {
    const sorted = this.grid.flatten();
    sorted.sort();
    const k = Math.floor((sorted.size - 1) * q);
    return [sorted.get(k), sorted.get(sorted.size - 1 - k)];
  }

  rowProfile(row: number): NDArray {
    return this.grid.slice(row).copy();
  }

  cellLabel(row: number, col: number): string {
    const v: number = this.grid.get(row, col);
    return Number.isNaN(v) ? "n/a" : v.toFixed(1);
  }
}

function paletteFor(indices: NDArray): string[] {
  return (indices.tolist() as number[]).map((i) => VIRIDIS_STOPS[Math.max(0, Math.min(VIRIDIS_STOPS.length - 1, Math.round(i)))]);
}

function describeColorbar(bar: Colorbar): string {
  const vs = bar.values.tolist() as number[];
  return vs.map((v, i) => `${v.toFixed(1)}:${bar.colors[i]}`).join(" ");
}

const heat = new Heatmap(
  array([
    [21.0, 21.4, 22.9, 24.1],
    [20.7, 23.3, 25.8, 26.0],
    [19.9, 22.0, 24.4, 27.5],
  ]),
  "server room temperature",
);

heat.setGain(1.0);
const [lo, hi] = heat.quantileLimits(0.1);
console.log(`${heat.title}: robust range ${lo.toFixed(1)}..${hi.toFixed(1)}`);
console.log("colorbar:", describeColorbar(heat.colorbar(5)));

const indices = heat.colorIndices(VIRIDIS_STOPS.length);
console.log("cell colors:", paletteFor(indices).join(" "));

const deadCells = [3, 8];
heat.grid.take(deadCells).fill(NaN); // expect: no-lost-write
console.log("middle row profile:", heat.rowProfile(1).tolist());
console.log("corner cells:", heat.cellLabel(0, 3), heat.cellLabel(2, 0));
