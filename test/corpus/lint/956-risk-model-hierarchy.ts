// Compares a static and an EWMA covariance risk model on a stream of daily returns and records the forecast volatility history.
import { array, zeros, NDArray } from "ndalias";

type ModelKind = "static" | "ewma";
type Forecast<K extends ModelKind = ModelKind> = { readonly kind: K; readonly vol: number; readonly day: number };
type ForecastTable = { [K in ModelKind]: Forecast<K>[] };

const MAX_DAYS = 16;
const VOL_HISTORY = zeros(MAX_DAYS);
let historyLength = 0;

function recordVol(vol: number): number {
  VOL_HISTORY.set(historyLength++, vol);
  return VOL_HISTORY.sum() / historyLength;
}

function outer(r: NDArray): NDArray {
  const n = r.size;
  const out = zeros([n, n]);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) out.set([i, j], r.get(i) * r.get(j));
  }
  return out;
}

abstract class RiskModel<K extends ModelKind> {
  protected readonly cov: NDArray;
  protected days = 0;

  constructor(initialCov: NDArray) {
    this.cov = initialCov.copy();
  }

  abstract get kind(): K;
  protected abstract absorb(dailyReturn: NDArray): void;

  update(dailyReturn: NDArray): this {
    this.absorb(dailyReturn);
    this.days += 1;
    return this;
  }

  forecast(weights: NDArray): Forecast<K> {
    let variance = 0;
    for (let i = 0; i < weights.size; i++) {
      for (let j = 0; j < weights.size; j++) variance += weights.get(i) * this.cov.get(i, j) * weights.get(j);
    }
    return { kind: this.kind, vol: Math.sqrt(variance * 252), day: this.days };
  }

  scaled(k: number): this {
    this.cov.imul(k);
    return this;
  }

  get averageVariance(): number {
    return this.cov.diagonal().mean();
  }
}

class StaticModel extends RiskModel<"static"> {
  get kind(): "static" {
    return "static";
  }
  protected absorb(): void {}
}

class EwmaModel extends RiskModel<"ewma"> {
  constructor(
    initialCov: NDArray,
    private readonly lambda = 0.94,
  ) {
    super(initialCov);
  }
  get kind(): "ewma" {
    return "ewma";
  }
  protected absorb(dailyReturn: NDArray): void {
    this.cov.imul(this.lambda);
    this.cov.iadd(outer(dailyReturn).mul(1 - this.lambda));
  }
}

const priorCov = array([
  [0.0001, 0.00002],
  [0.00002, 0.00004],
]);
const weights = array([0.6, 0.4]);
const models = [new StaticModel(priorCov), new EwmaModel(priorCov, 0.9)] as const;
const table: ForecastTable = { static: [], ewma: [] };

const returns = [
  [0.004, -0.001],
  [-0.018, 0.006],
  [0.011, -0.004],
  [-0.025, 0.009],
  [0.007, 0.001],
];

for (const row of returns) {
  const r = array(row);
  const [staticModel, ewmaModel] = models;
  table.static.push(staticModel.update(r).forecast(weights));
  const ewmaForecast = ewmaModel.update(r).forecast(weights);
  table.ewma.push(ewmaForecast);
  const avg = recordVol(ewmaForecast.vol);
  console.log(`day ${ewmaForecast.day}: ewma vol ${(ewmaForecast.vol * 100).toFixed(2)}% (running avg ${(avg * 100).toFixed(2)}%)`);
}

const stressedModel = models[1].scaled(1.5);
console.log("stressed ewma vol:", (stressedModel.forecast(weights).vol * 100).toFixed(2) + "%");
console.log("static vol:", ((table.static.at(-1)?.vol ?? 0) * 100).toFixed(2) + "%", "avg var:", models[0].averageVariance);
console.log("prior covariance untouched:", priorCov.tolist());
console.log("recorded history:", VOL_HISTORY.slice(`:${historyLength}`).tolist());
