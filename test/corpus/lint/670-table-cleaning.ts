// Cleans a numeric table of patient vitals with in-place pipeline steps (missing values, outliers, standardisation) and event-driven batch hooks.
import { EventEmitter } from "node:events";
import { array, zeros, NDArray } from "ndalias";

type Step = (table: NDArray) => void;

interface ColumnStats {
  mean: number;
  std: number;
  missing: number;
}

function columnValues(table: NDArray, col: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < table.shape[0]; r++) {
    out.push(table.get(r, col));
  }
  return out;
}

function columnStats(table: NDArray, col: number): ColumnStats {
  const values = columnValues(table, col);
  const present = values.filter((v) => !Number.isNaN(v));
  const mean = present.reduce((a, b) => a + b, 0) / Math.max(1, present.length);
  const variance = present.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, present.length);
  return { mean, std: Math.sqrt(variance), missing: values.length - present.length };
}

function allStats(table: NDArray): ColumnStats[] {
  const stats: ColumnStats[] = [];
  for (let c = 0; c < table.shape[1]; c++) stats.push(columnStats(table, c));
  return stats;
}

function fillMissing(table: NDArray): void {
  const stats = allStats(table);
  for (let r = 0; r < table.shape[0]; r++) {
    for (let c = 0; c < table.shape[1]; c++) {
      if (Number.isNaN(table.get(r, c))) table.set([r, c], stats[c].mean);
    }
  }
}

function clipOutliers(table: NDArray): void {
  const stats = allStats(table);
  for (let r = 0; r < table.shape[0]; r++) {
    for (let c = 0; c < table.shape[1]; c++) {
      const { mean, std } = stats[c];
      const v = table.get(r, c);
      const clipped = Math.min(mean + 2 * std, Math.max(mean - 2 * std, v));
      if (clipped !== v) table.set([r, c], clipped);
    }
  }
}

function standardiseColumns(table: NDArray): void {
  const stats = allStats(table);
  for (let c = 0; c < table.shape[1]; c++) {
    table.slice(":", c).isub(stats[c].mean);
    table.slice(":", c).idiv(stats[c].std || 1);
  }
}

function roundInPlace(table: NDArray): void {
  for (let i = 0; i < table.size; i++) {
    table.data[i] = Math.round((table.data[i] as number) * 1000) / 1000;
  }
}

const STEPS = new Map<string, Step>([
  ["fill", fillMissing],
  ["clip", clipOutliers],
  ["standardise", standardiseColumns],
  ["round", roundInPlace],
]);

function runPipeline(table: NDArray, names: string[]): void {
  for (const name of names) {
    const step = STEPS.get(name);
    if (!step) throw new Error(`unknown cleaning step ${name}`);
    step(table);
  }
}

function cleaned(raw: NDArray, names: string[]): NDArray {
  const work = raw.copy();
  runPipeline(work, names);
  return work;
}

function describe(table: NDArray, columns: string[]): string {
  return allStats(table)
    .map((s, c) => `${columns[c]}: mean=${s.mean.toFixed(2)} std=${s.std.toFixed(2)} missing=${s.missing}`)
    .join("; ");
}

class BatchCounter {
  readonly totals: NDArray;
  readonly counts: NDArray;

  constructor(columns: number) {
    this.totals = zeros(columns);
    this.counts = zeros(columns);
  }

  absorb(table: NDArray): void {
    for (let c = 0; c < table.shape[1]; c++) {
      this.totals.set(c, this.totals.get(c) + table.slice(":", c).sum());
      this.counts.set(c, this.counts.get(c) + table.shape[0]);
    }
  }

  means(): number[] {
    return (this.totals.div(this.counts).tolist() as number[]).map((v) => Math.round(v * 100) / 100);
  }
}

const columns = ["heart_rate", "systolic", "temperature"];
const NaNv = Number.NaN;
const vitals = array([
  [72, 120, 36.8],
  [NaNv, 135, 37.1],
  [88, NaNv, 38.2],
  [64, 118, 36.5],
  [190, 122, 36.9],
  [75, 128, NaNv],
]);

console.log("raw:", describe(vitals, columns));
const ready = cleaned(vitals, ["fill", "clip", "standardise", "round"]);
console.log("model input:", describe(ready, columns));
console.log("first row for the model:", ready.slice(0).tolist());

// The reporting copy is cleaned in place but not standardised.
const reporting = vitals.copy();
fillMissing(reporting);
clipOutliers(reporting);
console.log("reporting table:", describe(reporting, columns));

const bus = new EventEmitter();
const counter = new BatchCounter(columns.length);
bus.on("batch", (batch: NDArray) => {
  fillMissing(batch);
  roundInPlace(batch);
});
bus.on("batch", (batch: NDArray) => counter.absorb(batch));

const incoming = [
  array([
    [70, 119, 36.7],
    [NaNv, 140, 37.4],
  ]),
  array([
    [95, 150, NaNv],
    [60, 110, 36.4],
  ]),
];
incoming.forEach((batch) => bus.emit("batch", batch));
console.log("streamed column means:", counter.means());
console.log("second streamed batch:", incoming[1].tolist());

const scratch = [zeros(3), zeros(3)];
scratch.forEach((buf) => buf.fill(1));
scratch[0].iadd(vitals.slice(0));
console.log("scratch:", scratch.map((b) => b.tolist()));
