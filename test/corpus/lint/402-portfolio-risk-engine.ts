// Portfolio risk engine: daily asset returns, covariance, stress scenarios chained in order, drawdown and staged rebalancing of weights.
import { array, zeros, empty, NDArray } from "ndalias";

export class Scenario {
  next: Scenario | null = null;
  constructor(readonly name: string, readonly shocks: NDArray) {}

  static chain(...scenarios: Scenario[]): Scenario | null {
    for (let i = 0; i + 1 < scenarios.length; i++) {
      scenarios[i].next = scenarios[i + 1];
    }
    return scenarios[0] ?? null;
  }
}

export class RiskEngine {
  private returns: NDArray;
  private weights: NDArray;
  private pendingWeights: NDArray;
  private readonly scenarioResults = new Map<string, number>();
  private readonly cachedCov = new Map<number, NDArray>();
  private version = 0;

  constructor(returns: number[][], weights: number[]) {
    this.returns = array(returns);
    this.weights = array(weights);
    this.pendingWeights = zeros(weights.length);
  }

  static demean(column: NDArray): NDArray {
    return column.sub(column.mean());
  }

  get assets(): number {
    return this.returns.shape[1];
  }

  get days(): number {
    return this.returns.shape[0];
  }

  covariance(): NDArray {
    const cached = this.cachedCov.get(this.version);
    if (cached) return cached;
    const centered = this.returns.copy();
    for (let a = 0; a < this.assets; a++) {
      centered.slice(":", a).isub(centered.slice(":", a).mean());
    }
    const cov = zeros([this.assets, this.assets]);
    for (let i = 0; i < this.assets; i++) {
      for (let j = 0; j < this.assets; j++) {
        cov.set([i, j], centered.slice(":", i).mul(centered.slice(":", j)).mean());
      }
    }
    this.cachedCov.set(this.version, cov);
    return cov;
  }

  portfolioVariance(): number {
    const cov = this.covariance();
    let variance = 0;
    for (let i = 0; i < this.assets; i++) {
      variance += this.weights.get(i) * cov.slice(i).mul(this.weights).sum();
    }
    return variance;
  }

  dailyPnl(): NDArray {
    const pnl = zeros(this.days);
    for (let d = 0; d < this.days; d++) {
      pnl.set(d, this.returns.slice(d).mul(this.weights).sum());
    }
    return pnl;
  }

  worstDays(k: number): NDArray {
    const sorted = this.dailyPnl().copy();
    sorted.sort();
    return sorted.slice(`0:${k}`).copy();
  }

  drawdown(): number {
    let equity = this.dailyPnl();
    equity = equity.add(1);
    for (let d = 1; d < equity.size; d++) {
      equity.set(d, equity.get(d) * equity.get(d - 1));
    }
    let peak = -Infinity;
    let worst = 0;
    for (let d = 0; d < equity.size; d++) {
      peak = Math.max(peak, equity.get(d));
      worst = Math.min(worst, equity.get(d) / peak - 1);
    }
    return worst;
  }

  private latestReturns(): NDArray {
    return this.returns.slice(-1);
  }

  stressTest(scenario: Scenario): number {
    const shocked = this.latestReturns().add(scenario.shocks);
    shocked.imul(this.weights);
    const loss = shocked.sum();
    this.scenarioResults.set(scenario.name, loss);
    return loss;
  }

  runScenarios(head: Scenario | null): Map<string, number> {
    for (let s = head; s; s = s.next) {
      this.stressTest(s);
    }
    return new Map(this.scenarioResults);
  }

  appendDay(row: NDArray): void {
    const older = this.returns.slice("1:").copy();
    this.returns.assign(":-1", older);
    this.returns.assign("-1", row);
    this.version++;
  }

  stageRebalance(target: NDArray): void {
    this.pendingWeights.assign(":", target);
    this.pendingWeights.idiv(this.pendingWeights.sum());
  }

  commitRebalance(): NDArray {
    [this.weights, this.pendingWeights] = [this.pendingWeights, this.weights];
    this.pendingWeights.fill(0);
    return this.weights.copy();
  }

  exposureTable(): NDArray {
    const table = empty(3, "object");
    table.set(0, this.weights);
    table.set(1, this.returns);
    table.set(2, this.covariance());
    return table;
  }

  reset(): void {
    this.returns.fill(0);
    this.weights.fill(1 / this.assets);
    this.scenarioResults.clear();
    this.cachedCov.clear();
  }
}

const engine = new RiskEngine(
  [
    [0.01, -0.02, 0.005],
    [0.015, 0.01, -0.01],
    [-0.03, 0.02, 0.0],
    [0.02, -0.005, 0.012],
  ],
  [0.5, 0.3, 0.2],
);

const head = Scenario.chain(
  new Scenario("rates-up", array([-0.02, 0.01, -0.03])),
  new Scenario("equity-crash", array([-0.1, -0.08, 0.02])),
  new Scenario("flat", zeros(3)),
);
console.log("variance:", engine.portfolioVariance(), "worst days:", engine.worstDays(2).tolist());
console.log("drawdown:", engine.drawdown(), "scenarios:", engine.runScenarios(head));
engine.appendDay(array([0.005, 0.004, -0.002]));
engine.stageRebalance(array([1, 1, 2]));
console.log("new weights:", engine.commitRebalance().tolist());
console.log("centred first asset:", RiskEngine.demean(engine.dailyPnl()).tolist());
console.log("exposure entries:", engine.exposureTable().size);
engine.reset();
