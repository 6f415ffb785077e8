// Hedge ratio report: normalises hedge weights, trims P&L outliers and fits per-desk hedge ratios, then prints residual risk.
import { array, NDArray } from "ndalias";

function grossOf(w: NDArray): number {
  let g = 0;
  for (let i = 0; i < w.size; i++) g += Math.abs(w.get(i) as number);
  return g;
}

function normaliseWeights(w: NDArray): number {
  const gross = grossOf(w);
  if (gross === 0) return 0;
  w.idiv(gross); // expect: no-alias-mutation
  return gross;
}

function trimmedMean(pnl: NDArray, k: number): number {
  const ordered = pnl.ravel();
  ordered.sort(); // expect: no-view-mutation
  return ordered.slice(`${k}:${ordered.size - k}`).mean();
}

function hedgeRatio(asset: NDArray, hedge: NDArray): number {
  const da = asset.sub(asset.mean());
  const dh = hedge.sub(hedge.mean());
  const cov = da.mul(dh).mean();
  dh.imul(dh);
  const varH = dh.mean();
  return varH === 0 ? 0 : cov / varH;
}

function capLosses(pnl: NDArray, floor: number): void {
  for (let i = 0; i < pnl.size; i++) {
    if ((pnl.get(i) as number) < floor) pnl.set(i, floor);
  }
}

const deskPnl: Record<string, NDArray> = {
  rates: array([1.2, -0.4, 0.9, -3.8, 0.3, 0.7, 5.1]),
  credit: array([-0.2, -0.9, 0.1, 0.4, -6.2, 0.8, 0.3]),
  fx: array([0.5, 0.4, -0.1, 0.2, 0.0, -0.3, 0.6]),
};
const hedgePnl = array([0.9, -0.2, 0.6, -2.9, -0.4, 0.5, 3.2]);
const hedgeWeights = array([0.5, -0.3, 0.8]);
const floorByDesk: Record<string, number> = { rates: -3, credit: -5 };

const gross = normaliseWeights(hedgeWeights);

const report: string[] = [];
let residualTotal = 0;
let deskIndex = -1;
for (const desk of Object.keys(deskPnl)) {
  deskIndex++;
  const pnl = deskPnl[desk];
  let trim = 1;
  switch (desk) {
    case "rates":
    case "credit":
      trim = 1;
      break;
    case "fx":
      trim = 0;
      break;
    default:
      continue;
  }
  const center = trim > 0 ? trimmedMean(pnl, trim) : pnl.mean();
  let beta = 0;
  try {
    beta = hedgeRatio(pnl, hedgePnl);
    if (!Number.isFinite(beta)) throw new RangeError(`beta for ${desk}`);
  } catch (err) {
    console.warn("hedge ratio failed:", (err as Error).message);
    beta = 0;
  } finally {
    report.push(`${desk}: center ${center.toFixed(3)}`);
  }
  const w: number = hedgeWeights.get(deskIndex);
  const residual = pnl.sub(hedgePnl.mul(beta * Math.sign(w || 1)));
  const floor = floorByDesk[desk];
  if (floor !== undefined && residual.min() < floor) capLosses(residual, floor);
  const risk = Math.sqrt(residual.mul(residual).mean());
  residualTotal += risk;
  report.push(`  beta ${beta.toFixed(3)} residual ${risk.toFixed(3)}`);
}

const overHedged = residualTotal > 3 && gross > 1;
for (const line of report) console.log(line);
console.log("hedge weights:", hedgeWeights.tolist(), "gross before:", gross);
console.log("residual total:", residualTotal.toFixed(3), overHedged ? "over-hedged" : "ok");
console.log("rates pnl:", deskPnl.rates.tolist());
