// Intraday P&L ledger: records hourly desk P&L into module buffers, resets stale windows and prints the end-of-day attribution.
import { array, zeros, NDArray } from "ndalias";

const HISTORY = zeros(8);
const FEES = array([0.02, 0.02, 0.05, 0.01]);
let cursor = 0;

function record(pnl: number): number {
  HISTORY.set(cursor % HISTORY.size, pnl);
  cursor++;
  return HISTORY.sum();
}

function resetIfStale(ageHours: number): number {
  if (ageHours > 3) HISTORY.fill(0);
  return HISTORY.mean();
}

function netOfFees(gross: NDArray, multiplier: number): NDArray {
  const out = gross.copy();
  out.isub(FEES.mul(multiplier));
  return out;
}

const desks = ["rates", "fx", "credit", "eq"];
const hourly = array([
  [0.4, -0.1, 0.3, 0.0],
  [-0.2, 0.5, 0.1, -0.3],
  [0.0, 0.0, 0.0, 0.0],
  [1.1, -0.6, 0.2, 0.4],
  [0.3, 0.2, -0.9, 0.1],
]);
const feed = (process.env.FEED ?? "primary") as string;

const opening = hourly.slice(0);
console.log("opening hour:", opening.tolist(), "opening total:", opening.sum());

const pnlByDesk = zeros(desks.length);
let running = 0;
let gaps = 0;
let stale = 0;
try {
  hours: for (let h = 0; h < hourly.shape[0]; h++) {
    const row = hourly.slice(h).tolist() as number[];
    if (row.every((v) => v === 0)) {
      gaps++;
      stale++;
      running = resetIfStale(stale);
      continue hours;
    }
    stale = 0;
    for (let d = 0; d < desks.length; d++) {
      if (!Number.isFinite(row[d])) break hours;
      pnlByDesk.set(d, (pnlByDesk.get(d) as number) + row[d]);
    }
    running = record(row.reduce((a, b) => a + b, 0));
  }
  if (gaps > 2) throw new Error(`too many gaps: ${gaps}`);
} catch (err) {
  console.error("ledger incomplete:", (err as Error).message);
  pnlByDesk.fill(Number.NaN);
} finally {
  pnlByDesk.imul(1);
}

hourly.slice(0).fill(0);
hourly.imul(100);

let multiplier = 1;
switch (feed) {
  case "primary":
    multiplier = 1;
    break;
  case "backup":
    multiplier = 1.5;
    break;
  default:
    multiplier = 2;
}
const net = netOfFees(pnlByDesk, multiplier);

const grid = zeros([3, desks.length]);
grid.slice(0).assign(":", pnlByDesk);
grid.slice(1).assign(":", net);
const spread = grid.slice(0).sub(grid.slice(1));
const attribution = grid.slice(2);
attribution.assign(":", spread);
attribution.imul(100);

const best = desks[(net.tolist() as number[]).indexOf(net.max())];
const alarm = (running < 0 && net.min() < -0.5) || gaps > 1;
console.log("hourly bps:", hourly.tolist());
console.log("gross by desk:", pnlByDesk.tolist(), "net by desk:", net.tolist());
console.log("fee drag (bps):", attribution.tolist(), "best desk:", best, "alarm:", alarm);
console.log("running total:", running.toFixed(2), "history:", HISTORY.tolist());
