// Wheel odometry calibration: accumulates encoder statistics in module-level buffers, calibrates them and publishes the results under new names.
import { array, zeros, NDArray } from "ndalias";

const WHEELS = 4;
const TICK_HISTORY = zeros([8, WHEELS]);
const SLIP_COUNTS = zeros(WHEELS);
let historyRow = 0;

export function recordTicks(ticks: number[]): number {
  const row = historyRow % TICK_HISTORY.shape[0];
  TICK_HISTORY.slice(row).assign(":", array(ticks));
  historyRow += 1;
  return row;
}

export function registerSlip(wheel: number): number {
  SLIP_COUNTS.set(wheel, SLIP_COUNTS.get(wheel) + 1);
  return SLIP_COUNTS.get(wheel);
}

export function resetHistory(): number {
  const cleared = Math.min(historyRow, TICK_HISTORY.shape[0]);
  TICK_HISTORY.fill(0);
  SLIP_COUNTS.fill(0);
  historyRow = 0;
  return cleared;
}

export function meanTicks(): NDArray {
  const rows = Math.min(historyRow, TICK_HISTORY.shape[0]);
  const out = zeros(WHEELS);
  for (let w = 0; w < WHEELS; w++) out.set(w, TICK_HISTORY.slice(`0:${rows}`, w).mean());
  return out;
}

function makeScaler(nominal: number): (ticks: NDArray) => number {
  const gains = array([1, 1, 1, 1]);
  return (ticks: NDArray) => {
    const ratio = ticks.mean() / nominal;
    gains.imul(0.9);
    gains.iadd(0.1 / Math.max(ratio, 1e-6));
    return gains.mean();
  };
}

const scaler = makeScaler(1000);
const raw = [
  [1002, 998, 1010, 990],
  [1005, 1001, 1012, 993],
  [998, 1000, 1008, 985],
  [1001, 997, 1011, 989],
];
for (const ticks of raw) {
  const row = recordTicks(ticks);
  const gain = scaler(array(ticks));
  if (ticks[2] - ticks[3] > 20) registerSlip(3);
  console.log(`row ${row}: mean gain ${gain.toFixed(4)}`);
}

// Calibration factors are computed in place on a fresh array, then published under a second name.
const factors = meanTicks();
factors.idiv(factors.mean());
factors.set(3, factors.get(3) * 1.01);
const publishedFactors = factors;
console.log("published calibration factors:", publishedFactors.tolist());

// The slip report reads the counters, then the counters are cleared; the report is not read again.
const slipView = SLIP_COUNTS.slice(":");
console.log("slip report:", slipView.tolist(), "worst wheel:", slipView.max());
const clearedRows = resetHistory();
console.log("cleared rows:", clearedRows);

// A per-wheel track width correction, accumulated through its own name only.
const trackCorrection = zeros(2);
trackCorrection.set(0, 0.002);
trackCorrection.iadd(array([0.001, -0.0005]));
trackCorrection.imul(1000);
console.log("track correction (mm):", trackCorrection.tolist());

// Left/right split made after the last write sees the final values on purpose.
const wheelBias = array([0.01, -0.02, 0.015, -0.005]);
wheelBias.isub(wheelBias.mean());
const leftSide = wheelBias.slice(":2");
const rightSide = wheelBias.slice("2:");
console.log("left bias:", leftSide.tolist(), "right bias:", rightSide.tolist());
console.log("history after reset:", TICK_HISTORY.sum(), "slips after reset:", SLIP_COUNTS.sum());
