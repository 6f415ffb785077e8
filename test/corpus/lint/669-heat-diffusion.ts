// Heat diffusion on a metal plate: a double-buffered Jacobi solver with fixed boundary temperatures, a heat source and convergence monitoring.
import { zeros, full, NDArray } from "ndalias";

interface PlateSpec {
  rows: number;
  cols: number;
  ambient: number;
  edgeTemperature: number;
}

interface SolveResult {
  field: NDArray;
  iterations: number;
  residual: number;
}

type Monitor = (iteration: number, residual: number) => void;

function pickNumber<T extends object, K extends keyof T>(obj: T, key: K, fallback: number): number {
  const v = obj[key];
  return typeof v === "number" ? v : fallback;
}

function initialPlate(spec: PlateSpec): NDArray {
  const plate = full([spec.rows, spec.cols], spec.ambient);
  plate.slice(0).fill(spec.edgeTemperature);
  plate.slice(-1).fill(spec.edgeTemperature);
  return plate;
}

function neighbourMean(field: NDArray): NDArray {
  const up = field.slice("0:-2", "1:-1");
  const down = field.slice("2:", "1:-1");
  const left = field.slice("1:-1", "0:-2");
  const right = field.slice("1:-1", "2:");
  return up.add(down).add(left).add(right).div(4);
}

function maxAbsDiff(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return Math.max(d.max(), -d.min());
}

function solve(start: NDArray, source: NDArray, maxIter: number, tol: number, monitor: Monitor): SolveResult {
  let current = start.copy();
  let next = start.copy();
  let residual = Infinity;
  let iter = 0;
  while (iter < maxIter && residual > tol) {
    const interior = neighbourMean(current).add(source.slice("1:-1", "1:-1"));
    next.assign("1:-1, 1:-1", interior);
    residual = maxAbsDiff(next, current);
    [current, next] = [next, current];
    iter++;
    monitor(iter, residual);
  }
  return { field: current, iterations: iter, residual };
}

function heatSource(spec: PlateSpec, row: number, col: number, power: number): NDArray {
  const source = zeros([spec.rows, spec.cols]);
  source.set([row, col], power);
  return source;
}

function rowProfile(field: NDArray, row: number): number[] {
  return (field.slice(row).tolist() as number[]).map((t) => Math.round(t * 10) / 10);
}

function hottestCells(field: NDArray, count: number): Array<[number, number, number]> {
  const cells: Array<[number, number, number]> = [];
  for (let r = 0; r < field.shape[0]; r++) {
    for (let c = 0; c < field.shape[1]; c++) {
      cells.push([r, c, field.get(r, c)]);
    }
  }
  return cells.sort((a, b) => b[2] - a[2]).slice(0, count);
}

// Thermocouples along the given rows read half a degree high.
function sensorReadings(field: NDArray, rows: number[]): NDArray {
  const readings = field.take(rows, 0);
  readings.iadd(0.5);
  return readings;
}

class History {
  private readonly residuals: number[] = [];
  private readonly callbacks: Monitor[] = [];

  listen(cb: Monitor): void {
    this.callbacks.push(cb);
  }

  readonly monitor: Monitor = (iteration, residual) => {
    this.residuals.push(residual);
    for (const cb of this.callbacks) cb(iteration, residual);
  };

  last(): number {
    return this.residuals[this.residuals.length - 1] ?? NaN;
  }

  count(): number {
    return this.residuals.length;
  }
}

const spec: PlateSpec = { rows: 6, cols: 6, ambient: 20, edgeTemperature: 80 };
const tolerance = pickNumber({ tolerance: 0.05 }, "tolerance", 0.01);

const plate = initialPlate(spec);
const source = heatSource(spec, 2, 3, 5);
const history = new History();
let milestones = 0;
history.listen((iteration) => {
  if (iteration % 25 === 0) milestones++;
});

const result = solve(plate, source, 500, tolerance, history.monitor);
console.log(`converged after ${result.iterations} iterations, residual ${result.residual.toFixed(4)}`);
console.log("middle row:", rowProfile(result.field, 2));
console.log("initial plate untouched, mean:", plate.mean().toFixed(2));

// Inspect the steady state under another name before cooling the plate for the next run.
const steady = result.field;
const peak = steady.max();
const steadyMean = steady.mean();
console.log("peak temperature:", peak.toFixed(2), "mean:", steadyMean.toFixed(2));
result.field.isub(spec.ambient);
result.field.imul(0.5);
result.field.iadd(spec.ambient);
console.log("cooled plate row 2:", rowProfile(result.field, 2));

// A scaled scenario starts from the plate but rebinds before changing it.
let scenario: NDArray = plate;
scenario = scenario.mul(1.1);
scenario.slice(0).fill(90);
scenario.slice(-1).fill(90);
const hotter = solve(scenario, source, 500, tolerance, history.monitor);
console.log("hotter middle row:", rowProfile(hotter.field, 2), "plate mean still", plate.mean().toFixed(2));

// Two independent buffers that are filled alternately and never share memory.
let front = zeros(spec.cols);
let back = zeros(spec.cols);
for (let step = 0; step < 4; step++) {
  back.assign(":", front.add(step));
  back.imul(0.5);
  console.log("step", step, "front sum", front.sum(), "back sum", back.sum());
  [front, back] = [back, front];
}
const sensors = sensorReadings(hotter.field, [1, 4]);
console.log("sensor rows:", sensors.tolist());
for (const [r, c, t] of hottestCells(hotter.field, 3)) {
  console.log(`hot cell (${r}, ${c}): ${t.toFixed(2)}`);
}
console.log("history:", history.count(), "entries, last residual", history.last().toFixed(4), "milestones", milestones);
