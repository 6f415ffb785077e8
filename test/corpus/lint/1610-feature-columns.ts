// Feature engineering over a list of numeric columns with map/forEach callbacks: type conversion, centring, unit scaling and a report.
import { array, NDArray } from "ndalias";

interface Column {
  name: string;
  values: NDArray;
}

const columns: NDArray[] = [
  array([12, 15, 11, 30, 18]),
  array([0.2, 0.4, 0.1, 0.9, 0.5]),
  array([300, 280, 310, 500, 295]),
];
const names = ["age", "ratio", "income"];

function describe(col: NDArray): string {
  return `mean=${col.mean().toFixed(3)} min=${col.min().toFixed(3)} max=${col.max().toFixed(3)}`;
}

function zscore(col: NDArray): NDArray {
  const z = col.sub(col.mean());
  const sd = Math.sqrt(z.mul(z).mean());
  z.idiv(sd || 1);
  return z;
}

function rescaleAll(cols: NDArray[]): NDArray[] {
  return cols.map((c) => {
    const unit = c.sub(c.min());
    unit.idiv(Math.max(c.max() - c.min(), 1e-12)); // expect: no-lost-write
    return c;
  });
}

function outlierCount(col: NDArray, limit: number): number {
  const z = zscore(col);
  let n = 0;
  for (let i = 0; i < z.size; i++) {
    if (Math.abs(z.get(i)) > limit) n += 1;
  }
  return n;
}

const asFloat32 = columns.map((c) => c.astype("float32"));
const centred = columns.map((c) => c.sub(c.mean()));
const standardized = columns.map(zscore);
console.log("float32 dtypes:", asFloat32.map((c) => c.dtype).join(", "));
console.log("centred sums:", centred.map((c) => c.sum().toFixed(6)));

const outliers = columns.map((c) => outlierCount(c, 1.5));
console.log("outliers per column:", outliers);

const scaled = rescaleAll(columns);
scaled.forEach((c, i) => console.log(`scaled ${names[i]}:`, describe(c)));

// Shift every column so that its minimum is zero before taking logs.
const nonNegative = columns.map((c) => c.isub(c.min())); // expect: no-alias-mutation
const logged = nonNegative.map((c) => {
  const out = c.copy();
  for (let i = 0; i < out.size; i++) {
    out.set(i, Math.log1p(out.get(i)));
  }
  return out;
});
console.log("log features:", logged.map((c) => c.tolist()));

const interactions = columns.slice(1).map((c, i) => {
  const product = c.mul(columns[i]);
  product.idiv(Math.max(product.max(), 1e-12));
  return { name: `${names[i]}*${names[i + 1]}`, values: product };
});
interactions.forEach(({ name, values }) => console.log(`${name}:`, describe(values)));

const table: Column[] = names.map((name, i) => ({ name, values: standardized[i] }));
table.forEach(({ name, values }) => console.log(`${name} (z):`, describe(values)));

const ranking = columns
  .map((c, i) => ({ name: names[i], spread: c.max() - c.min() }))
  .sort((a, b) => b.spread - a.spread);
console.log("columns by spread:", ranking.map((r) => r.name).join(" > "));
console.log("raw columns:", columns.map((c) => c.tolist()));
console.log("raw summaries:", columns.map(describe).join(" | "));
