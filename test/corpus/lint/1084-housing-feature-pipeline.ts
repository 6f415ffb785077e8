// Housing-price feature pipeline: inspects and transforms a module-level feature table, fits a linear model and scores a dollar holdout.
import { array, zeros, NDArray } from "ndalias";

export const FEATURE_NAMES = ["area", "rooms", "age", "distance"] as const;

// area m^2, rooms, age in years, distance to centre in km
export const FEATURES = array([
  [72, 3, 12, 4.2],
  [55, 2, 30, 1.1],
  [120, 5, 4, 9.5],
  [88, 4, 18, 6.0],
  [40, 1, 45, 0.8],
  [97, 4, 9, 3.3],
  [64, 3, 22, 7.7],
  [110, 5, 15, 2.4],
  [58, 2, 35, 5.1],
  [80, 3, 8, 12.0],
]);

// sale prices in dollars
export const PRICES = array([
  310000, 295000, 405000, 330000, 240000, 415000, 255000, 520000, 238000, 290000,
]);

const TRAIN_ROWS = 7;

interface ColumnStat {
  mean: number;
  std: number;
}

// ---- inspection ---------------------------------------------------------------

export function columnStats(col: NDArray): ColumnStat {
  const mean = col.mean();
  const centred = col.sub(mean);
  const variance = centred.mul(centred).mean();
  return { mean, std: Math.sqrt(variance) || 1 };
}

export function columnRange(j: number): number {
  const col = FEATURES.slice(":", j);
  col.isub(col.min()); // expect: no-view-mutation
  return col.max();
}

export function correlation(a: NDArray, b: NDArray): number {
  const sa = columnStats(a);
  const sb = columnStats(b);
  const za = a.sub(sa.mean);
  za.idiv(sa.std);
  const zb = b.sub(sb.mean);
  zb.idiv(sb.std);
  return za.mul(zb).mean();
}

export function missingCount(table: NDArray): number {
  let n = 0;
  const flat = table.flatten();
  for (let i = 0; i < flat.size; i++) if (Number.isNaN(flat.get(i))) n++;
  return n;
}

// ---- transforms -----------------------------------------------------------------

/** Replaces column j by log(1 + x) so that long-tailed distances weigh less. */
export function logTransformColumn(table: NDArray, j: number): void {
  const col = table.take([j], 1);
  const rows: number = table.shape[0];
  for (let i = 0; i < rows; i++) {
    col.set([i, 0], Math.log1p(table.get(i, j))); // expect: no-lost-write
  }
}

export function standardizeWith(col: NDArray, stat: ColumnStat): NDArray {
  const z = col.sub(stat.mean);
  z.idiv(stat.std);
  return z;
}

export function designMatrix(table: NDArray, stats: readonly ColumnStat[]): NDArray {
  const rows: number = table.shape[0];
  const cols: number = table.shape[1];
  const X = zeros([rows, cols + 1]);
  X.slice(":", 0).fill(1);
  for (let j = 0; j < cols; j++) {
    X.slice(":", j + 1).assign(":", standardizeWith(table.slice(":", j), stats[j]));
  }
  return X;
}

// ---- model ----------------------------------------------------------------------

export function predict(X: NDArray, w: NDArray): NDArray {
  const rows: number = X.shape[0];
  const out = zeros(rows);
  for (let i = 0; i < rows; i++) {
    let s = 0;
    for (let j = 0; j < w.size; j++) s += X.get(i, j) * w.get(j);
    out.set(i, s);
  }
  return out;
}

export function fitLinear(X: NDArray, y: NDArray, epochs: number, lr: number): NDArray {
  const w = zeros(X.shape[1]);
  for (let e = 0; e < epochs; e++) {
    const residual = predict(X, w).sub(y);
    const grad = zeros(w.size);
    for (let j = 0; j < w.size; j++) {
      grad.set(j, 2 * residual.mul(X.slice(":", j)).mean());
    }
    w.isub(grad.mul(lr));
  }
  return w;
}

export function r2(pred: NDArray, truth: NDArray): number {
  const resid = truth.sub(pred);
  const centred = truth.sub(truth.mean());
  const ssRes = resid.mul(resid).sum();
  const ssTot = centred.mul(centred).sum();
  return ssTot === 0 ? 0 : 1 - ssRes / ssTot;
}

export function zOutliers(col: NDArray, threshold: number): number[] {
  const z = standardizeWith(col, columnStats(col));
  const rows: number[] = [];
  for (let i = 0; i < z.size; i++) {
    if (Math.abs(z.get(i)) > threshold) rows.push(i);
  }
  return rows;
}

export function foldIndices(n: number, k: number, fold: number): { train: number[]; test: number[] } {
  const train: number[] = [];
  const test: number[] = [];
  for (let i = 0; i < n; i++) (i % k === fold ? test : train).push(i);
  return { train, test };
}

export function crossValidate(table: NDArray, y: NDArray, k: number): number[] {
  const n: number = table.shape[0];
  const scores: number[] = [];
  for (let f = 0; f < k; f++) {
    const { train, test } = foldIndices(n, k, f);
    const trX = table.take(train, 0);
    const teX = table.take(test, 0);
    const st = FEATURE_NAMES.map((_, j) => columnStats(trX.slice(":", j)));
    const w = fitLinear(designMatrix(trX, st), y.take(train), 300, 0.05);
    scores.push(r2(predict(designMatrix(teX, st), w), y.take(test)));
  }
  return scores;
}

class PipelineReport {
  private readonly lines: string[] = [];

  section(title: string): this {
    this.lines.push(`== ${title} ==`);
    return this;
  }

  add(label: string, value: string | number): this {
    this.lines.push(`  ${label}: ${typeof value === "number" ? value.toFixed(3) : value}`);
    return this;
  }

  print(): void {
    console.log(this.lines.join("\n"));
  }
}

function formatRow(label: string, values: NDArray, digits = 1): string {
  const cells = (values.tolist() as number[]).map((v) => v.toFixed(digits).padStart(10));
  return `${label.padEnd(12)}${cells.join("")}`;
}

// ---- pipeline -------------------------------------------------------------------

console.log(`rows=${FEATURES.shape[0]} features=${FEATURE_NAMES.length} missing=${missingCount(FEATURES)}`);

const holdoutDollars = PRICES.slice(`${TRAIN_ROWS}:`);
const priceCorr = FEATURE_NAMES.map((name, j) => `${name}=${correlation(FEATURES.slice(":", j), PRICES).toFixed(2)}`);
console.log("correlation with price:", priceCorr.join(" "));

const ranges = FEATURE_NAMES.map((name, j) => `${name}=${columnRange(j).toFixed(1)}`);
console.log("feature ranges:", ranges.join(" "));

logTransformColumn(FEATURES, 3);

PRICES.idiv(1000); // expect: no-view-mutation

const trainX = FEATURES.slice(`:${TRAIN_ROWS}`);
const stats = FEATURE_NAMES.map((_, j) => columnStats(trainX.slice(":", j)));
const X = designMatrix(trainX, stats);
const weights = fitLinear(X, PRICES.slice(`:${TRAIN_ROWS}`), 500, 0.05);
console.log(formatRow("weights", weights, 2));

const trainFit = r2(predict(X, weights), PRICES.slice(`:${TRAIN_ROWS}`));
console.log("train R^2:", trainFit.toFixed(3));

const holdX = designMatrix(FEATURES.slice(`${TRAIN_ROWS}:`), stats);
const predictedDollars = predict(holdX, weights).mul(1000);
const errorDollars = predictedDollars.sub(holdoutDollars);
console.log(formatRow("predicted $", predictedDollars, 0));
console.log(formatRow("actual $", holdoutDollars, 0));
console.log("rms error $:", Math.round(errorDollars.mul(errorDollars).mean() ** 0.5));

const report = new PipelineReport();
report.section("diagnostics");
FEATURE_NAMES.forEach((name, j) => report.add(`${name} outliers`, zOutliers(FEATURES.slice(":", j), 1.8).join(",") || "none"));
const cv = crossValidate(FEATURES, PRICES, 5);
report.section("5-fold cross-validation").add("mean R^2", cv.reduce((a, b) => a + b, 0) / cv.length);
report.add("worst fold R^2", Math.min(...cv)).print();
