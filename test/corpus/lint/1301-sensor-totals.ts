// Accumulates per-sensor totals in module-level buffers and reports means, peaks, shares of the total and the raw totals.
// runnable
import { zeros, NDArray } from "ndalias";

const SENSORS = 4;
const totals = zeros(SENSORS);
const counts = zeros(SENSORS);
const maxima = zeros(SENSORS);
const minima = zeros(SENSORS);
minima.fill(Number.POSITIVE_INFINITY);

function record(sensor: number, value: number): void {
  totals.set(sensor, totals.get(sensor) + value);
  counts.set(sensor, counts.get(sensor) + 1);
  if (value > maxima.get(sensor)) {
    maxima.set(sensor, value);
  }
  if (value < minima.get(sensor)) {
    minima.set(sensor, value);
  }
}

function meanPerSensor(): NDArray {
  const means = totals.copy();
  for (let i = 0; i < SENSORS; i++) {
    const n = counts.get(i);
    means.set(i, n > 0 ? means.get(i) / n : 0);
  }
  return means;
}

function scaledCounts(k: number): NDArray {
  const scaled = counts.mul(k);
  scaled.iadd(1);
  return scaled;
}

function ranges(): NDArray {
  return maxima.sub(minima);
}

function shareOfTotal(): NDArray {
  const shares = totals;
  shares.idiv(totals.sum()); // expect: no-alias-mutation
  return shares;
}

function busiestSensor(): number {
  let best = 0;
  for (let i = 1; i < SENSORS; i++) {
    if (counts.get(i) > counts.get(best)) {
      best = i;
    }
  }
  return best;
}

function resetExtremes(): void {
  maxima.fill(0);
  minima.fill(Number.POSITIVE_INFINITY);
}

function formatRow(label: string, values: NDArray): string {
  const cells: string[] = [];
  for (let i = 0; i < values.size; i++) {
    cells.push(values.get(i).toFixed(2).padStart(8));
  }
  return label.padEnd(10) + cells.join("");
}

const readings: Array<[number, number]> = [
  [0, 2.5],
  [1, 3.0],
  [2, 1.25],
  [1, 4.5],
  [3, 0.75],
  [0, 3.5],
  [2, 2.0],
  [1, 2.25],
];

for (const [sensor, value] of readings) {
  record(sensor, value);
}

console.log(formatRow("means", meanPerSensor()));
console.log(formatRow("ranges", ranges()));
console.log(formatRow("weights", scaledCounts(0.5)));
console.log("busiest sensor:", busiestSensor());
resetExtremes();

const shares = shareOfTotal();
console.log(formatRow("shares", shares));
console.log(formatRow("totals", totals));
console.log("grand total:", totals.sum());
