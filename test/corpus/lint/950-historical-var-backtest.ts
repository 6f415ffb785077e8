// Replays daily asset P&L from an async feed into a history matrix, then computes historical VaR, expected shortfall and the worst day.
import { array, zeros, NDArray } from "ndalias";

interface DailyPnl {
  readonly date: string;
  readonly pnl: NDArray;
}

type RiskMetric = "var" | "es";
type Quantiles = readonly [p95: number, p99: number];
type BacktestResult = {
  readonly [M in RiskMetric]: Quantiles;
} & { readonly worstDate: string; readonly days: number };

const NOTIONAL_SCALE = 1_000;

async function* replay(rows: ReadonlyArray<readonly [string, readonly number[]]>): AsyncIterableIterator<DailyPnl> {
  for (const [date, values] of rows) {
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    yield { date, pnl: array([...values]) };
  }
}

function toNotional(pnl: NDArray, scale: number): NDArray {
  return pnl.imul(scale); // expect: no-alias-mutation
}

function quantileOfSorted(sorted: NDArray, p: number): number {
  const idx = Math.min(sorted.size - 1, Math.max(0, Math.floor(p * sorted.size)));
  return sorted.get(idx);
}

function expectedShortfall(sorted: NDArray, p: number): number {
  const cutoff = Math.max(1, Math.floor(p * sorted.size));
  return sorted.slice(`:${cutoff}`).mean();
}

function argmin(x: NDArray): number {
  let best = 0;
  for (let i = 1; i < x.size; i++) if (x.get(i) < x.get(best)) best = i;
  return best;
}

async function runBacktest(feed: AsyncIterable<DailyPnl>, capacity: number, nAssets: number): Promise<BacktestResult> {
  const history = zeros([capacity, nAssets]);
  const dates: string[] = [];
  for await (const { date, pnl } of feed) {
    if (dates.length >= capacity) break;
    history.slice(dates.length).assign(":", toNotional(pnl, NOTIONAL_SCALE));
    dates.push(date);
  }
  const days = dates.length;
  const portfolio = zeros(days);
  for (let d = 0; d < days; d++) {
    portfolio.set(d, history.slice(d).sum());
  }

  const losses = portfolio.ravel();
  losses.sort(); // expect: no-view-mutation
  const p95 = quantileOfSorted(losses, 0.05);
  const p99 = quantileOfSorted(losses, 0.01);

  return {
    var: [-p95, -p99],
    es: [-expectedShortfall(losses, 0.05), -expectedShortfall(losses, 0.01)],
    worstDate: dates[argmin(portfolio)] ?? "n/a",
    days,
  };
}

const rows: Array<readonly [string, readonly number[]]> = [
  ["2024-03-01", [1.2, -0.4, 0.3]],
  ["2024-03-04", [-2.5, 0.9, -0.6]],
  ["2024-03-05", [0.7, 0.2, -0.1]],
  ["2024-03-06", [-0.3, -1.1, 0.4]],
  ["2024-03-07", [-4.1, 1.5, -1.2]],
  ["2024-03-08", [0.9, -0.2, 0.5]],
  ["2024-03-11", [-1.4, 0.3, -0.8]],
  ["2024-03-12", [2.2, -0.6, 0.1]],
  ["2024-03-13", [-0.5, -0.5, -0.5]],
  ["2024-03-14", [0.4, 0.8, -0.2]],
];

const result = await runBacktest(replay(rows), 32, 3);
const {
  var: [var95, var99],
  es: [es95 = Number.NaN],
  worstDate,
  days,
} = result;
console.log(`days=${days} VaR95=${var95.toFixed(0)} VaR99=${var99.toFixed(0)} ES95=${es95.toFixed(0)}`);
console.log("worst day:", worstDate);
