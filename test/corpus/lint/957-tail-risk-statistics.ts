// Computes tail-risk statistics of a P&L series (quantiles, Sharpe, a liquid subset and a float32 export) on fresh copies and prints a report.
// runnable
import { array, NDArray } from "ndalias";

type Stat = "p01" | "p05" | "median" | "sharpe";
type StatReport = Readonly<Record<Stat, number>>;
type Exported<T> = T extends NDArray ? { readonly dtype: string; readonly values: number[] } : never;

interface ReportOptions {
  readonly riskFree?: number;
  readonly annualisation?: number;
}

const dailyPnl = array([
  0.0042, -0.0117, 0.0063, -0.0021, 0.0089, -0.0254, 0.0031, 0.0007, -0.0068, 0.0112, -0.0039, 0.0025,
]);
const assetPnl = array([
  [1200, -400, 300],
  [-2500, 900, -600],
  [700, 200, -100],
  [-300, -1100, 400],
]);

function quantile(x: NDArray, q: number): number {
  const sorted = x.flatten();
  sorted.sort();
  const idx = Math.min(sorted.size - 1, Math.max(0, Math.floor(q * sorted.size)));
  return sorted.get(idx);
}

function standardised(x: NDArray): NDArray {
  const z = x.sub(x.mean());
  const sd = Math.sqrt(z.mul(z).sum() / (z.size - 1));
  z.idiv(sd);
  return z;
}

function sharpe(x: NDArray, { riskFree = 0, annualisation = 252 }: ReportOptions = {}): number {
  const excess = x.sub(riskFree / annualisation);
  const mean = excess.mean();
  excess.isub(mean);
  const sd = Math.sqrt(excess.mul(excess).sum() / (excess.size - 1));
  return (mean / sd) * Math.sqrt(annualisation);
}

function liquidColumns(pnl: NDArray, columns: readonly number[], haircut: number): NDArray {
  const subset = pnl.take([...columns], 1);
  subset.imul(haircut);
  return subset;
}

function exportFloat32(x: NDArray): Exported<NDArray> {
  const narrow = x.astype("float32");
  for (let i = 0; i < narrow.size; i++) {
    narrow.data[i] = Math.round(Number(narrow.data[i]) * 100) / 100;
  }
  return { dtype: narrow.dtype, values: narrow.flatten().tolist() as number[] };
}

async function buildReport(x: NDArray, opts: ReportOptions = {}): Promise<StatReport> {
  await Promise.resolve();
  return {
    p01: quantile(x, 0.01),
    p05: quantile(x, 0.05),
    median: quantile(x, 0.5),
    sharpe: sharpe(x, opts),
  };
}

const report = await buildReport(dailyPnl, { riskFree: 0.04 });
for (const [stat, value] of Object.entries(report) as [Stat, number][]) {
  console.log(`${stat.padEnd(6)} ${value.toFixed(4)}`);
}

const z = standardised(dailyPnl);
console.log("largest z-score:", Math.max(z.max(), -z.min()).toFixed(2));

const liquid = liquidColumns(assetPnl, [0, 2], 0.9);
console.log("liquid legs after haircut:", liquid.tolist());

const totals = assetPnl.flatten();
totals.imul(1e-3);
console.log("P&L in thousands:", totals.tolist());

const exported = exportFloat32(assetPnl);
console.log(`export (${exported.dtype}):`, exported.values.join(" "));

const worstDays = dailyPnl.take([5, 1]);
worstDays.imul(-1);
console.log("loss on the two worst days:", worstDays.sum().toFixed(4));

console.log("raw series unchanged, first value:", dailyPnl.get(0), "asset P&L total:", assetPnl.sum());
