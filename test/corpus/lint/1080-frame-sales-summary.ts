// A small column-oriented frame library: loads sales records, cleans and converts columns, and prints a per-region summary.
// runnable
import { array, zeros, NDArray } from "ndalias";

type ColumnStats = { count: number; mean: number; std: number; min: number; max: number };
type Row = Record<string, number>;

const EUR_PER_USD = 0.92;
const MAX_UNIT_PRICE = 25;

function assertSameLength(columns: Map<string, NDArray>): number {
  let n = -1;
  for (const [name, col] of columns) {
    if (col.ndim !== 1) {
      throw new Error(`column ${name} must be 1-D, got ndim=${col.ndim}`);
    }
    if (n >= 0 && col.size !== n) {
      throw new Error(`column ${name} has ${col.size} rows, expected ${n}`);
    }
    n = col.size;
  }
  return Math.max(n, 0);
}

function ensureFinite(col: NDArray, label: string): NDArray {
  for (let i = 0; i < col.size; i++) {
    const v: number = col.get(i);
    if (v === Infinity || v === -Infinity) {
      throw new RangeError(`${label}[${i}] is infinite`);
    }
  }
  return col;
}

function countValid(col: NDArray): number {
  let n = 0;
  for (let i = 0; i < col.size; i++) {
    if (!Number.isNaN(col.get(i))) n++;
  }
  return n;
}

function nanMean(col: NDArray): number {
  let total = 0;
  let n = 0;
  for (let i = 0; i < col.size; i++) {
    const v: number = col.get(i);
    if (!Number.isNaN(v)) {
      total += v;
      n++;
    }
  }
  return n === 0 ? NaN : total / n;
}

function describe(col: NDArray): ColumnStats {
  const mean = nanMean(col);
  let sq = 0;
  let lo = Infinity;
  let hi = -Infinity;
  const count = countValid(col);
  for (let i = 0; i < col.size; i++) {
    const v: number = col.get(i);
    if (Number.isNaN(v)) continue;
    sq += (v - mean) * (v - mean);
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const std = count > 1 ? Math.sqrt(sq / (count - 1)) : 0;
  return { count, mean, std, min: lo, max: hi };
}

function zscore(col: NDArray): NDArray {
  const { mean, std } = describe(col);
  const z = col.sub(mean);
  z.idiv(std === 0 ? 1 : std);
  return z;
}

function clipInPlace(col: NDArray, lo: number, hi: number): void {
  const step = col.strides[0];
  for (let i = 0; i < col.size; i++) {
    const at = col.offset + i * step;
    const v = col.data[at] as number;
    col.data[at] = Math.min(hi, Math.max(lo, v));
  }
}

function fillMissing(col: NDArray, fallback: number): void {
  const patched = col.flatten();
  for (let i = 0; i < col.size; i++) {
    if (Number.isNaN(col.get(i))) {
      patched.set(i, fallback); // expect: no-lost-write
    }
  }
}

function rollingMean(col: NDArray, window: number): NDArray {
  const out = zeros(col.size);
  let acc = 0;
  for (let i = 0; i < col.size; i++) {
    acc += col.get(i);
    if (i >= window) acc -= col.get(i - window);
    out.set(i, acc / Math.min(i + 1, window));
  }
  return out;
}

class Frame {
  private readonly cols = new Map<string, NDArray>();
  private rows = 0;

  static fromRecord(columns: Record<string, number[]>): Frame {
    const frame = new Frame();
    for (const [name, values] of Object.entries(columns)) {
      frame.cols.set(name, array(values));
    }
    frame.rows = assertSameLength(frame.cols);
    return frame;
  }

  get length(): number {
    return this.rows;
  }

  names(): string[] {
    return [...this.cols.keys()];
  }

  column(name: string): NDArray {
    const col = this.cols.get(name);
    if (!col) throw new Error(`no column named ${name}; have ${this.names().join(", ")}`);
    return col;
  }

  withColumn(name: string, values: NDArray): Frame {
    if (values.size !== this.rows) {
      throw new Error(`column ${name} has ${values.size} rows, frame has ${this.rows}`);
    }
    const next = new Frame();
    for (const [n, c] of this.cols) next.cols.set(n, c.copy());
    next.cols.set(name, values.copy());
    next.rows = this.rows;
    return next;
  }

  filter(keep: (row: Row) => boolean): Frame {
    const indices: number[] = [];
    for (let i = 0; i < this.rows; i++) {
      if (keep(this.row(i))) indices.push(i);
    }
    const next = new Frame();
    for (const [n, c] of this.cols) next.cols.set(n, c.take(indices));
    next.rows = indices.length;
    return next;
  }

  row(i: number): Row {
    const out: Row = {};
    for (const [n, c] of this.cols) out[n] = c.get(i);
    return out;
  }

  groupSum(key: string, value: string): Map<number, number> {
    const keys = this.column(key);
    const values = this.column(value);
    const totals = new Map<number, number>();
    for (let i = 0; i < this.rows; i++) {
      const v: number = values.get(i);
      if (Number.isNaN(v)) continue;
      const k: number = keys.get(i);
      totals.set(k, (totals.get(k) ?? 0) + v);
    }
    return totals;
  }

  summary(): Map<string, ColumnStats> {
    const out = new Map<string, ColumnStats>();
    for (const name of this.names()) out.set(name, describe(this.column(name)));
    return out;
  }
}

function formatStats(name: string, s: ColumnStats): string {
  const f = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : String(x));
  return `${name.padEnd(10)} n=${s.count} mean=${f(s.mean)} std=${f(s.std)} min=${f(s.min)} max=${f(s.max)}`;
}

function printGroups(title: string, groups: Map<number, number>): void {
  const keys = [...groups.keys()].sort((a, b) => a - b);
  console.log(title);
  for (const k of keys) console.log(`  region ${k}: ${groups.get(k)?.toFixed(2)}`);
}

// ---- load -------------------------------------------------------------------

const sales = Frame.fromRecord({
  region: [1, 2, 1, 3, 2, 1, 3, 2],
  units: [12, 7, NaN, 4, 9, 15, NaN, 6],
  priceUsd: [9.5, 12, 9.5, 30, 12, 9.5, 31, 12],
});

const shippingUsd = array([4.5, 3.0, 4.5, 8.0, 3.0, 4.5, 8.0, 3.0]);
const shippingSnapshot = shippingUsd.copy();

// ---- clean ------------------------------------------------------------------

clipInPlace(sales.column("priceUsd"), 0, MAX_UNIT_PRICE);
fillMissing(sales.column("units"), 0);

const unitsZ = zscore(sales.column("units"));
console.log("units z-scores:", (unitsZ.tolist() as number[]).map((v) => Number(v).toFixed(2)));

// ---- convert ----------------------------------------------------------------

const shippingEur = ensureFinite(shippingUsd, "shipping");
shippingEur.imul(EUR_PER_USD); // expect: no-alias-mutation

const revenueEur = sales.column("units").mul(sales.column("priceUsd"));
revenueEur.imul(EUR_PER_USD);
const enriched = sales.withColumn("revenueEur", revenueEur).withColumn("shippingEur", shippingEur);

// ---- report -----------------------------------------------------------------

for (const [name, stats] of enriched.summary()) console.log(formatStats(name, stats));

printGroups("revenue (EUR) by region:", enriched.groupSum("region", "revenueEur"));
const bigOrders = enriched.filter((r) => r.units >= 9);
console.log("big orders:", bigOrders.length, "revenue:", nanMean(bigOrders.column("revenueEur")).toFixed(2));

const trend = rollingMean(enriched.column("revenueEur"), 3);
console.log("3-order rolling revenue:", (trend.tolist() as number[]).map((v) => Number(v).toFixed(1)));

console.log("shipping (USD) total:", shippingUsd.sum().toFixed(2));
console.log("shipping (USD) unchanged:", shippingUsd.sub(shippingSnapshot).max() === 0);
