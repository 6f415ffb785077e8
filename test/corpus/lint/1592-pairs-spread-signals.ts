// Pairs-trading analytics for two co-moving stocks: OLS hedge ratio, winsorised spread z-scores, entry signals and a hedge-unit P&L check of the legs.
import { array, zeros, NDArray } from "ndalias";

const stockA = array([31.2, 31.8, 32.5, 32.1, 33.0, 33.9, 33.4, 34.2, 35.1, 34.6, 35.3, 36.0]);
const stockB = array([20.4, 20.9, 21.1, 21.0, 21.6, 22.5, 21.9, 22.3, 22.7, 22.8, 23.1, 23.4]);

function hedgeRatio(y: NDArray, x: NDArray): number {
  const xm = x.sub(x.mean());
  const ym = y.sub(y.mean());
  return xm.mul(ym).sum() / xm.mul(xm).sum();
}

// Caps spread observations at `limit` away from their mean.
function winsorise(series: NDArray, limit: number): NDArray {
  const flat = series.reshape(series.size);
  const mu = flat.mean();
  for (let i = 0; i < flat.size; i++) {
    const v = flat.get(i);
    if (Math.abs(v - mu) > limit) {
      flat.set(i, mu + Math.sign(v - mu) * limit); // expect: no-view-mutation
    }
  }
  return flat;
}

function zScore(series: NDArray): NDArray {
  const z = series.sub(series.mean());
  const sd = Math.sqrt(z.mul(z).sum() / (z.size - 1));
  z.idiv(sd);
  return z;
}

function entrySignals(z: NDArray, entry: number): NDArray {
  const sig = zeros(z.size);
  for (let i = 0; i < z.size; i++) {
    if (z.get(i) > entry) sig.set(i, -1);
    else if (z.get(i) < -entry) sig.set(i, 1);
  }
  return sig;
}

function dailyChanges(p: NDArray): NDArray {
  return p.slice("1:").sub(p.slice(":-1"));
}

function fmt(a: NDArray, digits = 3): string {
  return (a.tolist() as number[])
    .map((v) => Number(v).toFixed(digits))
    .join(" ");
}

// --- hedge ratio and spread --------------------------------------------------------------
const beta = hedgeRatio(stockA, stockB);
console.log("hedge ratio:", beta.toFixed(4));

const rawSpread = stockA.sub(stockB.mul(beta));
const cleanSpread = winsorise(rawSpread, 0.4);
console.log("raw spread:  ", fmt(rawSpread));
console.log("clean spread:", fmt(cleanSpread));

// --- z-scores and signals ---------------------------------------------------------------------
const z = zScore(cleanSpread);
const signals = entrySignals(z, 1.0);
console.log("z-scores:", fmt(z, 2));
console.log("signals: ", fmt(signals, 0));

let trades = 0;
for (let i = 1; i < signals.size; i++) {
  if (signals.get(i) !== 0 && signals.get(i) !== signals.get(i - 1)) trades++;
}
console.log("entries:", trades);

// --- P&L check in hedge units -------------------------------------------------------------------
// Express the hedge leg in units of the dependent leg before differencing.
const hedgeLeg = beta >= 0 ? stockB : stockA;
hedgeLeg.imul(Math.abs(beta)); // expect: no-alias-mutation

const dA = dailyChanges(stockA);
const dB = dailyChanges(stockB);
const pairPnl = zeros(dA.size);
for (let i = 0; i < dA.size; i++) {
  const pos = signals.get(i);
  pairPnl.set(i, pos * (dA.get(i) - dB.get(i)));
}
console.log("pair P&L per day:", fmt(pairPnl, 3));
console.log("cumulative P&L:", pairPnl.sum().toFixed(3));
console.log("stock A last:", stockA.get(stockA.size - 1), "stock B last:", stockB.get(stockB.size - 1));
