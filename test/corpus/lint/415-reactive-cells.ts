// Signals-style reactive cells holding temperature vectors: derived cells recompute from a source, and two cells are bound both ways.
import { array, NDArray } from "ndalias";

class Cell {
  value: NDArray;
  source: Cell | null = null;
  transform: (v: NDArray) => NDArray = (v) => v.copy();

  constructor(value: NDArray) {
    this.value = value;
  }

  refresh(): void {
    if (this.source) this.value = this.transform(this.source.value);
  }
}

function derived(src: Cell, f: (v: NDArray) => NDArray): Cell {
  const cell = new Cell(f(src.value));
  cell.source = src;
  cell.transform = f;
  return cell;
}

function boundPair(celsius: NDArray): [Cell, Cell] {
  const c = new Cell(celsius);
  const f = new Cell(celsius.mul(1.8).add(32));
  c.source = f;
  c.transform = (v) => v.sub(32).div(1.8);
  f.source = c; // expect: no-reference-cycle
  f.transform = (v) => v.mul(1.8).add(32);
  return [c, f];
}

function calibrate(cell: Cell, gain: number, offset: number): void {
  const adjusted = cell.value.mul(gain);
  adjusted.iadd(offset); // expect: no-lost-write
}

function recalibrate(cell: Cell, gain: number, offset: number): void {
  const adjusted = cell.value.mul(gain);
  adjusted.iadd(offset);
  cell.value = adjusted;
}

const readings = new Cell(array([20.5, 22.0, 25.5]));
const kelvin = derived(readings, (v) => v.add(273.15));
const anomaly = derived(readings, (v) => v.sub(v.mean()));

calibrate(readings, 1.01, -0.2);
kelvin.refresh();
anomaly.refresh();
console.log("kelvin:", kelvin.value.tolist(), "anomaly:", anomaly.value.tolist());

recalibrate(readings, 1.01, -0.2);
kelvin.refresh();
console.log("recalibrated kelvin:", kelvin.value.tolist());

const [c, f] = boundPair(array([0, 100]));
f.value = array([50, 212]);
c.refresh();
console.log("bound celsius:", c.value.tolist());
