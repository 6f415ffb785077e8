// Feature scaling for a small tabular batch using array methods: max-scales rows for a preview, totals the batch, and clips outliers in place.
import { array, zeros, NDArray } from "ndalias";

interface Column {
  readonly name: string;
  readonly unit?: string;
  readonly clip?: [lo: number, hi: number];
}

const COLUMNS: readonly Column[] = [
  { name: "age", unit: "y", clip: [0, 100] },
  { name: "income", unit: "k$", clip: [0, 250] },
  { name: "visits" },
];

const batch: NDArray[] = [
  array([34, 72.5, 3]),
  array([51, 120.0, 0]),
  array([29, 310.0, 7]),
  array([63, 48.2, 12]),
];

const columnOf = (rows: readonly NDArray[], j: number): NDArray =>
  array(rows.map((r) => r.get(j) as number));

function describeColumns(rows: readonly NDArray[]): Record<string, { min: number; max: number }> {
  return Object.fromEntries(
    COLUMNS.map(({ name }, j) => {
      const col = columnOf(rows, j);
      return [name, { min: col.min(), max: col.max() }];
    }),
  );
}

function clipRowInPlace(row: NDArray): void {
  COLUMNS.forEach(({ clip }, j) => {
    if (!clip) return;
    const [lo, hi] = clip;
    row.set(j, Math.min(hi, Math.max(lo, row.get(j))));
  });
}

const fmt = (x: NDArray): string =>
  (x.tolist() as number[]).map((v) => v.toFixed(2).padStart(7)).join(" ");

console.log("raw columns:", describeColumns(batch));

// Preview: every row divided by its own maximum.
const preview = batch.map((row) => row.imul(1 / row.max())); // expect: no-alias-mutation
preview.forEach((p, i) => console.log(`preview ${i}:`, fmt(p)));

// Column totals over the batch.
const totals = batch.reduce((acc, row) => acc.iadd(row)); // expect: no-alias-mutation
const safeTotals = batch.reduce((acc, row) => acc.add(row), zeros(COLUMNS.length));
console.log("totals:", fmt(totals), "| check:", fmt(safeTotals));

// Clip outliers in place: intended, the batch is cleaned for training.
batch.forEach((row) => clipRowInPlace(row));
// Down-weight income for the distance metric used by the nearest-neighbour lookup.
const DISTANCE_WEIGHTS = array([1, 0.1, 1]);
batch.forEach((row) => row.imul(DISTANCE_WEIGHTS));

const heaviest = batch.find((row) => row.get(1) >= 250);
const active = batch.filter((row) => row.get(2) > 2);
const means = COLUMNS.map(({ name, unit = "" }, j) => `${name}=${columnOf(batch, j).mean().toFixed(1)}${unit}`);

console.log("capped income row:", heaviest ? fmt(heaviest) : "none");
console.log("active rows:", active.length, "of", batch.length);
console.log("column means:", means.join(", "));
console.log("cleaned columns:", describeColumns(batch));

// Per-row z-scores built from fresh arrays, the inputs stay as they are.
const zRows = batch.map((row) => {
  const mu = row.mean();
  const z = row.sub(mu);
  const sd = Math.sqrt(z.mul(z).mean()) || 1;
  z.idiv(sd);
  return z;
});
const [firstZ, ...restZ] = zRows;
console.log("first row z:", firstZ ? fmt(firstZ) : "-", "| others:", restZ.length);
console.log("first row raw:", fmt(batch[0]));
