// Simulates heat diffusion on a metal plate; the base grid hands out row and column views, and a cooling step reports the heat left.
// runnable
import { zeros, NDArray } from "ndalias";

class Grid {
  cells: NDArray;

  constructor(readonly rows: number, readonly cols: number) {
    this.cells = zeros([rows, cols]);
  }

  row(i: number): NDArray {
    return this.cells.slice(i);
  }

  column(j: number): NDArray {
    return this.cells.slice(":", j);
  }

  total(): number {
    return this.cells.sum();
  }
}

class HeatPlate extends Grid {
  constructor(rows: number, cols: number, readonly conductivity: number) {
    super(rows, cols);
  }

  override row(i: number): NDArray {
    if (i < 0 || i >= this.rows) throw new RangeError(`row ${i} outside 0..${this.rows - 1}`);
    return super.row(i);
  }

  heatSource(i: number, j: number, temperature: number): void {
    this.cells.set([i, j], temperature);
  }

  diffuse(): void {
    const next = this.cells.copy();
    const k = this.conductivity;
    for (let i = 1; i < this.rows - 1; i++) {
      for (let j = 1; j < this.cols - 1; j++) {
        const c = this.cells.get(i, j);
        const lap =
          this.cells.get(i - 1, j) + this.cells.get(i + 1, j) + this.cells.get(i, j - 1) + this.cells.get(i, j + 1) - 4 * c;
        next.set([i, j], c + k * lap);
      }
    }
    this.cells = next;
  }
}

function coolTopEdge(g: Grid, factor: number): number {
  const top = g.row(0);
  top.imul(factor); // expect: no-view-mutation
  return g.total();
}

function edgeProfile(g: Grid): number[] {
  const left = g.column(0).copy();
  left.imul(100 / (g.total() || 1));
  return left.tolist() as number[];
}

function insulateBottom(g: Grid): void {
  const bottom = g.row(g.rows - 1);
  bottom.fill(0);
}

function hottestRow(g: Grid): number {
  let best = 0;
  let bestSum = -Infinity;
  for (let i = 0; i < g.rows; i++) {
    const s = g.row(i).sum();
    if (s > bestSum) {
      bestSum = s;
      best = i;
    }
  }
  return best;
}

const plate = new HeatPlate(5, 5, 0.2);
plate.heatSource(0, 2, 80);
plate.heatSource(2, 2, 100);
for (let t = 0; t < 3; t++) plate.diffuse();

console.log("heat before cooling:", plate.total().toFixed(2), "hottest row:", hottestRow(plate));
console.log("left edge share (%):", edgeProfile(plate).map((v) => v.toFixed(2)));

const remaining = coolTopEdge(plate, 0.5);
console.log("heat after cooling the top edge:", remaining.toFixed(2));

insulateBottom(plate);
plate.diffuse();
console.log("heat after another step:", plate.total().toFixed(2), "top row:", plate.row(0).tolist());
