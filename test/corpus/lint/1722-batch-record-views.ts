// Loads a feature table, keeps views of its header row and label column in a batch record, rescales the table and reports.
import { array, NDArray } from "ndalias";

interface BatchRecord {
  header: NDArray;
  labels: NDArray;
  rows: number;
  source: string;
}

interface ColumnStats {
  mins: number[];
  maxs: number[];
  means: number[];
}

function describeBatch(rec: BatchRecord): string {
  const header = rec.header.tolist() as number[];
  const labels = rec.labels.tolist() as number[];
  return `${rec.source}: rows=${rec.rows} header=[${header.join(", ")}] labels=[${labels.join(", ")}]`;
}

function collectColumnStats(table: NDArray, out: ColumnStats): void {
  out.mins.length = 0;
  out.maxs.length = 0;
  out.means.length = 0;
  for (let c = 0; c < table.shape[1]; c++) {
    const column = table.slice("1:", c);
    out.mins.push(column.min());
    out.maxs.push(column.max());
    out.means.push(column.mean());
  }
}

function standardizedCopy(table: NDArray): NDArray {
  const body = table.slice("1:").copy();
  const mu = body.mean();
  const sigma = Math.sqrt(body.sub(mu).mul(body.sub(mu)).mean());
  body.isub(mu);
  return body.div(sigma || 1);
}

const table = array([
  [10, 20, 30, 0],
  [12, 18, 33, 1],
  [9, 25, 29, 0],
  [11, 22, 31, 1],
  [14, 19, 35, 1],
]);

const record: BatchRecord = {
  header: table.slice(0),
  labels: table.slice("1:", -1),
  rows: table.shape[0] - 1,
  source: "sensors.csv",
};
console.log("loaded:", describeBatch(record));

const stats: ColumnStats = { mins: [], maxs: [], means: [] };
collectColumnStats(table, stats);
console.log("column means before scaling:", stats.means.map((m) => m.toFixed(2)).join(", "));

const standardized = standardizedCopy(table);
console.log("standardized body:", standardized.tolist());

const scale = 1 / table.max();
table.imul(scale); // expect: no-view-mutation
collectColumnStats(table, stats);
console.log("column maxima after scaling:", stats.maxs.map((m) => m.toFixed(3)).join(", "));
console.log("header codes:", record.header.tolist());
console.log("positive labels:", record.labels.sum(), "of", record.rows);

const calibration = array([
  [0.5, 0.7, 0.9],
  [0.4, 0.8, 1.1],
  [0.6, 0.6, 1.0],
]);
const audit = { firstRow: calibration.slice(0), shape: calibration.shape.slice() };
calibration.isub(calibration.mean());
calibration.slice(":", 0).fill(0);
console.log("calibration residuals:", calibration.tolist());

const weights = array([0.2, 0.3, 0.5]);
const weightsBackup = weights.copy();
weights.idiv(weights.sum() * 2);
console.log("halved weights:", weights.tolist(), "backup:", weightsBackup.tolist());
