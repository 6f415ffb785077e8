// Rolling window risk: books the official close, derives log returns, estimates percentile VaR and autocorrelation and prints a weekly summary.
// runnable
import { array, zeros, NDArray } from "ndalias";

const closes = array([
  100.0, 100.8, 99.6, 101.2, 102.0, 101.1, 103.4, 102.7, 104.1, 103.5,
  102.2, 104.8, 105.3, 104.0, 106.2, 105.7, 107.1, 106.4, 108.0, 99.0,
]);
const windowLen = 5;
const officialClose = 107.6;
const maxLag = 4;
const mode = (process.env.VAR_MODE ?? "historical") as string;

const lastWeek = closes.slice(`-${windowLen}:`);
const weekHigh = lastWeek.max();
console.log("last week high (pre-close):", weekHigh);

const printed: number = closes.get(closes.size - 1);
if (Math.abs(printed - officialClose) / officialClose > 0.01) {
  closes.set(closes.size - 1, officialClose); // expect: no-view-mutation
}

const returns = zeros(closes.size - 1);
for (let i = 1; i < closes.size; i++) {
  const prev: number = closes.get(i - 1);
  const cur: number = closes.get(i);
  if (prev <= 0) continue;
  returns.set(i - 1, Math.log(cur / prev));
}

const [forPercentile, forBacktest] = [returns, returns.copy()];
let varLevel = 0;
switch (mode) {
  case "historical": {
    forPercentile.sort(); // expect: no-alias-mutation
    varLevel = -(forPercentile.get(Math.floor(0.05 * forPercentile.size)) as number);
    break;
  }
  case "parametric": {
    const mu = returns.mean();
    const dev = returns.sub(mu);
    dev.imul(dev);
    varLevel = 1.645 * Math.sqrt(dev.mean()) - mu;
    break;
  }
  default:
    throw new Error(`unknown VaR mode ${mode}`);
}

const mean = returns.mean();
const acf: number[] = [];
lags: for (let lag = 1; lag <= maxLag; lag++) {
  let num = 0;
  let den = 0;
  for (let t = 0; t < returns.size; t++) {
    const x = (returns.get(t) as number) - mean;
    den += x * x;
    if (t < lag) continue;
    num += x * ((returns.get(t - lag) as number) - mean);
  }
  if (den === 0) break lags;
  acf.push(num / den);
}

let breaches = 0;
let backtestOk = true;
try {
  for (let t = 0; t < forBacktest.size; t++) {
    if ((forBacktest.get(t) as number) < -varLevel) breaches++;
  }
  if (breaches > 0.1 * forBacktest.size) throw new RangeError(`${breaches} VaR breaches`);
} catch (err) {
  backtestOk = false;
  console.warn("backtest:", (err as Error).message);
} finally {
  console.log("backtest window:", forBacktest.size, "days");
}

function summarise(w: NDArray): string {
  return `range ${(w.max() - w.min()).toFixed(2)} mean ${w.mean().toFixed(2)}`;
}

const trend = acf.length > 0 && acf[0] > 0.2 ? "trending" : acf.length > 0 && acf[0] < -0.2 ? "mean-reverting" : "noise";
console.log("VaR(95%):", varLevel.toFixed(4), "breaches:", breaches, "backtest ok:", backtestOk);
console.log("autocorrelation:", acf.map((a) => a.toFixed(3)).join(", "), "->", trend);
console.log("last week before the official close:", summarise(lastWeek));
console.log("return path:", returns.tolist());
