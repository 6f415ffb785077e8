// Converts a multi-currency position ledger to USD: fancy-indexed FX rates per position, a haircut helper, a float32 export buffer and a module rate table refreshed in place.
import { array, NDArray } from "ndalias";

// USD value of one unit of USD, EUR, GBP, JPY.
const RATES = array([1.0, 1.085, 1.262, 0.0067]);
const CURRENCIES = ["USD", "EUR", "GBP", "JPY"];

const positionCcy = [1, 1, 2, 3, 0, 2, 3];
const localValue = array([250_000, -80_000, 120_000, 31_000_000, 400_000, -45_000, 9_500_000]);

// Replaces the module rate table with fresh quotes and returns the sum as a sanity checksum.
function refreshRates(quotes: number[]): number {
  if (quotes.length !== RATES.size) throw new RangeError(`expected ${RATES.size} quotes`);
  for (let i = 0; i < quotes.length; i++) {
    RATES.set(i, quotes[i]);
  }
  return RATES.sum();
}

function toUsd(values: NDArray, ccy: number[]): NDArray {
  const fx = RATES.take(ccy);
  fx.imul(values);
  return fx;
}

/** Applies a collateral haircut to a USD vector; writes its argument on purpose. */
function applyHaircut(usd: NDArray, haircut: number): void {
  for (let i = 0; i < usd.size; i++) {
    if (usd.get(i) > 0) usd.set(i, usd.get(i) * (1 - haircut));
  }
}

function exposureByCurrency(usd: NDArray, ccy: number[]): NDArray {
  const bucket = RATES.copy();
  bucket.fill(0);
  for (let i = 0; i < usd.size; i++) {
    bucket.set(ccy[i], bucket.get(ccy[i]) + usd.get(i));
  }
  return bucket;
}

function report(label: string, a: NDArray): void {
  const cells = (a.tolist() as number[]).map((v) => Number(v).toFixed(0).padStart(11));
  console.log(label.padEnd(12), cells.join(""));
}

// --- morning conversion -----------------------------------------------------------------------
const usdMorning = toUsd(localValue, positionCcy);
report("local", localValue);
report("usd (am)", usdMorning);

const collateral = usdMorning.copy();
applyHaircut(collateral, 0.15);
report("collateral", collateral);
console.log("collateral total:", collateral.sum().toFixed(0), "vs gross", usdMorning.sum().toFixed(0));

// --- intraday rate refresh ------------------------------------------------------------------------
const checksum = refreshRates([1.0, 1.079, 1.268, 0.0066]);
console.log("rate checksum:", checksum.toFixed(4));
const usdNoon = toUsd(localValue, positionCcy);
report("usd (noon)", usdNoon);

const fxPnl = usdNoon.sub(usdMorning);
report("fx P&L", fxPnl);

const byCcy = exposureByCurrency(usdNoon, positionCcy);
CURRENCIES.forEach((c, i) => console.log(`  ${c}: ${byCcy.get(i).toFixed(0)}`));

// --- export buffer for the downstream system (float32, whole dollars) -------------------------------
const exportBuf = usdNoon.astype("float32");
for (let i = 0; i < exportBuf.size; i++) {
  exportBuf.data[i] = Math.round(exportBuf.data[i] as number);
}
console.log("export:", (exportBuf.tolist() as number[]).join(","));

// --- sorted absolute exposures for the concentration check --------------------------------------------
const ranked = usdNoon.flatten();
for (let i = 0; i < ranked.size; i++) {
  ranked.data[i] = Math.abs(ranked.data[i] as number);
}
ranked.sort();
const top = ranked.get(ranked.size - 1);
console.log("largest exposure:", top.toFixed(0), "share of gross:", (top / ranked.sum()).toFixed(3));

// --- close of day: the local ledger is marked to zero for the closed positions --------------------------
localValue.set(4, 0);
localValue.data[5] = 0;
report("local (eod)", localValue);
console.log("noon usd unchanged:", usdNoon.get(4).toFixed(0));
