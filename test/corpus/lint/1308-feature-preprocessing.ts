// Preprocesses module-level feature and label tables in place with void helpers, then prints summary statistics.
import { array, ones, zeros, NDArray } from "ndalias";

const FEATURES = array([
  [5.1, 3.5, 140, 0.2],
  [4.9, 3.0, 135, 0.2],
  [6.2, 2.9, 210, 1.3],
  [5.9, 3.0, 188, 1.8],
  [7.7, 2.6, 260, 2.3],
]);
const LABELS = array([0, 0, 1, 1, 2]);
const OUTLIER_LIMIT = 250;

function clipColumn(table: NDArray, column: number, lo: number, hi: number): void {
  const col = table.slice(":", column);
  for (let r = 0; r < col.size; r++) {
    const v = col.get(r);
    if (v < lo) col.set(r, lo);
    if (v > hi) col.set(r, hi);
  }
}

function centreColumns(table: NDArray): void {
  const cols = table.shape[1];
  const means = zeros(cols);
  for (let c = 0; c < cols; c++) {
    means.set(c, table.slice(":", c).mean());
  }
  table.isub(means);
}

function scaleColumns(table: NDArray): void {
  const cols = table.shape[1];
  const spreads = ones(cols);
  for (let c = 0; c < cols; c++) {
    const spread = table.slice(":", c).max() - table.slice(":", c).min();
    if (spread > 0) {
      spreads.set(c, spread);
    }
  }
  table.idiv(spreads);
}

function shiftLabels(labels: NDArray, offset: number): void {
  labels.iadd(offset);
}

function roundInPlace(x: NDArray, digits: number): void {
  const f = Math.pow(10, digits);
  for (let i = 0; i < x.data.length; i++) {
    x.data[i] = Math.round((x.data[i] as number) * f) / f;
  }
}

function columnStats(table: NDArray): string[] {
  const out: string[] = [];
  for (let c = 0; c < table.shape[1]; c++) {
    const col = table.slice(":", c);
    out.push(`col${c}: mean=${col.mean().toFixed(3)} range=${(col.max() - col.min()).toFixed(3)}`);
  }
  return out;
}

console.log("raw column stats:");
for (const line of columnStats(FEATURES)) {
  console.log("  " + line);
}

clipColumn(FEATURES, 2, 0, OUTLIER_LIMIT);
centreColumns(FEATURES);
scaleColumns(FEATURES);
roundInPlace(FEATURES, 4);
shiftLabels(LABELS, 1);

const extras = [array([1, 2, 3]), array([4, 5, 6])];
extras.forEach((extra) => extra.imul(10));
extras.forEach((extra) => {
  extra.isub(extra.mean());
});

console.log("preprocessed column stats:");
for (const line of columnStats(FEATURES)) {
  console.log("  " + line);
}
console.log("labels (1-based):", LABELS.tolist());
console.log("first sample:", FEATURES.slice(0).tolist());
console.log("extras:", extras.map((e) => e.sum()));

const perClass = new Map<number, number>();
for (let i = 0; i < LABELS.size; i++) {
  const label = LABELS.get(i);
  perClass.set(label, (perClass.get(label) ?? 0) + 1);
}
console.log("samples per class:", [...perClass.entries()]);
