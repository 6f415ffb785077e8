// Robust statistics for a columnar metrics store: medians, quantiles, MAD scaling, winsorising and a shared histogram, printed per column.
import { array, zeros, linspace, NDArray } from "ndalias";

export type Summary = {
  median: number;
  iqr: number;
  mad: number;
  p95: number;
};

const BIN_COUNT = 8;
const HISTOGRAM = zeros(BIN_COUNT);
const EDGES = linspace(0, 1, BIN_COUNT + 1);

// ---- order statistics -------------------------------------------------------------

export function sortedCopy(x: NDArray): NDArray {
  const s = x.flatten();
  s.sort();
  return s;
}

export function quantile(x: NDArray, q: number): number {
  const s = sortedCopy(x);
  const pos = q * (s.size - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(s.size - 1, lo + 1);
  return s.get(lo) + (s.get(hi) - s.get(lo)) * (pos - lo);
}

export function median(x: NDArray): number {
  const s = x.flatten();
  s.sort();
  const mid = Math.floor(s.size / 2);
  return s.size % 2 ? s.get(mid) : (s.get(mid - 1) + s.get(mid)) / 2;
}

export function mad(x: NDArray): number {
  const dev = x.sub(median(x));
  for (let i = 0; i < dev.size; i++) dev.set(i, Math.abs(dev.get(i)));
  return median(dev);
}

export function summarize(x: NDArray): Summary {
  return {
    median: median(x),
    iqr: quantile(x, 0.75) - quantile(x, 0.25),
    mad: mad(x),
    p95: quantile(x, 0.95),
  };
}

export function trimmedMean(x: NDArray, frac: number): number {
  const s = sortedCopy(x);
  const k = Math.floor(s.size * frac);
  return s.slice(`${k}:${s.size - k}`).mean();
}

// ---- scaling -------------------------------------------------------------------------

export function robustScale(x: NDArray): NDArray {
  const centre = median(x);
  const spread = mad(x) * 1.4826 || 1;
  let scaled = x;
  scaled = scaled.sub(centre);
  scaled.idiv(spread);
  return scaled;
}

export function minMaxScale(x: NDArray): NDArray {
  const lo = x.min();
  const span = x.max() - lo || 1;
  const out = x.astype("float64");
  out.isub(lo);
  out.idiv(span);
  return out;
}

/** Clamps `x` to its [q, 1 - q] quantiles, in place. */
export function winsorize(x: NDArray, q: number): void {
  const lo = quantile(x, q);
  const hi = quantile(x, 1 - q);
  for (let i = 0; i < x.size; i++) {
    const v: number = x.get(i);
    if (v < lo) x.set(i, lo);
    else if (v > hi) x.set(i, hi);
  }
}

// ---- shared histogram ----------------------------------------------------------------

export function histogram(unitValues: NDArray): NDArray {
  HISTOGRAM.fill(0);
  for (let i = 0; i < unitValues.size; i++) {
    const v = Math.min(0.999999, Math.max(0, unitValues.get(i)));
    const b = Math.floor(v * BIN_COUNT);
    HISTOGRAM.set(b, HISTOGRAM.get(b) + 1);
  }
  return HISTOGRAM.copy();
}

export function histogramBars(counts: NDArray): string {
  const rows: string[] = [];
  for (let b = 0; b < counts.size; b++) {
    const lo: number = EDGES.get(b);
    rows.push(`    [${lo.toFixed(2)}) ${"*".repeat(counts.get(b))}`);
  }
  return rows.join("\n");
}

// ---- column store --------------------------------------------------------------------

export class ColumnStore {
  private readonly columns = new Map<string, NDArray>();

  add(name: string, values: number[]): this {
    this.columns.set(name, array(values));
    return this;
  }

  names(): string[] {
    return [...this.columns.keys()];
  }

  get(name: string): NDArray {
    const c = this.columns.get(name);
    if (!c) throw new Error(`unknown column ${name}; known: ${this.names().join(", ")}`);
    return c;
  }

  cleaned(name: string, q: number): NDArray {
    const copy = this.get(name).copy();
    winsorize(copy, q);
    return copy;
  }

  pairwiseMedianGap(a: string, b: string): number {
    return median(this.get(a)) - median(this.get(b));
  }
}

// ---- aggregation across columns --------------------------------------------------------

export function rowMedians(store: ColumnStore, names: string[]): NDArray {
  const n = store.get(names[0]).size;
  const out = zeros(n);
  for (let i = 0; i < n; i++) {
    out.set(i, median(array(names.map((name) => store.get(name).get(i)))));
  }
  return out;
}

export function runningTotal(store: ColumnStore, names: string[]): NDArray {
  let acc = zeros(store.get(names[0]).size);
  for (const name of names) acc = acc.add(store.get(name));
  acc.idiv(names.length);
  return acc;
}

function fmtSummary(name: string, s: Summary): string {
  return `${name.padEnd(10)} median=${s.median.toFixed(2)} iqr=${s.iqr.toFixed(2)} mad=${s.mad.toFixed(2)} p95=${s.p95.toFixed(2)}`;
}

// ---- report ------------------------------------------------------------------------------

const store = new ColumnStore()
  .add("latencyMs", [12, 15, 11, 240, 14, 13, 16, 12, 18, 950, 13, 14])
  .add("cpu", [0.31, 0.35, 0.3, 0.92, 0.33, 0.36, 0.29, 0.34, 0.4, 0.97, 0.32, 0.31])
  .add("queue", [2, 3, 2, 41, 3, 2, 4, 3, 5, 77, 2, 3]);

for (const name of store.names()) console.log(fmtSummary(name, summarize(store.get(name))));

console.log("trimmed mean latency:", trimmedMean(store.get("latencyMs"), 0.2).toFixed(2));

const latency = store.get("latencyMs");
const latencyRaw = latency.copy();
winsorize(latency, 0.1);
console.log("latency winsorised max:", latency.max(), "raw max:", latencyRaw.max());

const queue = store.cleaned("queue", 0.1);
console.log("queue cleaned:", queue.tolist(), "store still has max", store.get("queue").max());

let target = store.get("cpu");
const cpuBefore = target.sum();
target = target.copy();
target.imul(100);
console.log("cpu total before:", cpuBefore.toFixed(2), "cpu % peak:", target.max().toFixed(0), "raw peak:", store.get("cpu").max());

const scaledCpu = minMaxScale(store.get("cpu"));
const counts = histogram(scaledCpu);
console.log("cpu histogram (min-max scaled):\n" + histogramBars(counts));
const robust = robustScale(store.get("queue"));
console.log("queue robust z:", (robust.tolist() as number[]).map((v) => v.toFixed(1)).join(" "));

const latencyHist = histogram(minMaxScale(latency));
console.log("latency histogram:\n" + histogramBars(latencyHist));
console.log("cpu histogram unchanged total:", counts.sum(), "shared buffer total:", HISTOGRAM.sum());

const rm = rowMedians(store, ["cpu", "queue"]);
const avg = runningTotal(store, ["cpu", "queue"]);
avg.slice("-2:").fill(0);
const lastRows = avg.slice("-4:");
console.log("row medians:", rm.tolist(), "avg tail:", lastRows.tolist());
console.log("gap latency-queue medians:", store.pairwiseMedianGap("latencyMs", "queue"));
