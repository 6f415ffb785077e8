// Portfolio analytics: computes daily returns and volatility from a price table, caps concentrated holdings and renders dashboard widgets.
import { array, zeros, NDArray } from "ndalias";

type Widget = () => string;

interface RiskConfig {
  useBenchmark: boolean;
  cap: number;
  horizonDays: number;
}

function withDefaults<T extends object>(partial: Partial<T>, defaults: T): T {
  return { ...defaults, ...partial };
}

const DEFAULT_RISK: RiskConfig = { useBenchmark: false, cap: 0.4, horizonDays: 10 };

const BENCHMARK = array([0.25, 0.25, 0.25, 0.25]);

function dailyReturns(prices: NDArray): NDArray {
  const days = prices.shape[0];
  const today = prices.slice("1:");
  const yesterday = prices.slice(`:${days - 1}`);
  return today.sub(yesterday).div(yesterday);
}

function columnMean(x: NDArray, col: number): number {
  return x.slice(":", col).mean();
}

function columnStd(x: NDArray, col: number): number {
  const column = x.slice(":", col);
  const centered = column.sub(column.mean());
  return Math.sqrt(centered.mul(centered).mean());
}

function volatilities(returns: NDArray): NDArray {
  const out = zeros(returns.shape[1]);
  for (let c = 0; c < returns.shape[1]; c++) {
    out.set(c, columnStd(returns, c));
  }
  return out;
}

function pickBasis(useBenchmark: boolean, own: NDArray, benchmark: NDArray): NDArray {
  return useBenchmark ? benchmark : own;
}

class Portfolio {
  private readonly weights: NDArray;

  constructor(readonly assets: string[], initial: number[]) {
    this.weights = array(initial);
  }

  get holdings(): NDArray {
    return this.weights;
  }

  private headWeights(n: number): NDArray {
    return this.weights.slice(`:${n}`);
  }

  normalise(): void {
    this.weights.idiv(this.weights.sum());
  }

  // Describes what capping the two largest positions would do.
  capReport(cap: number): string {
    const head = this.headWeights(2);
    let capped = 0;
    for (let i = 0; i < head.size; i++) {
      if (head.get(i) > cap) {
        head.set(i, cap); // expect: no-view-mutation
        capped++;
      }
    }
    return `${capped} of the top positions above ${cap}`;
  }

  expectedReturn(returns: NDArray): number {
    let total = 0;
    for (let c = 0; c < this.assets.length; c++) {
      total += this.weights.get(c) * columnMean(returns, c);
    }
    return total;
  }

  riskOf(vols: NDArray): number {
    return this.weights.mul(vols).sum();
  }
}

class Dashboard {
  private readonly widgets = new Map<string, Widget>();
  private renders = 0;

  register(name: string, widget: Widget): this {
    this.widgets.set(name, widget);
    return this;
  }

  render(): string[] {
    this.renders++;
    return [...this.widgets].map(([name, w]) => `[${this.renders}] ${name}: ${w()}`);
  }
}

function percent(x: number): string {
  return `${(100 * x).toFixed(2)}%`;
}

const cfg = withDefaults<RiskConfig>({ cap: 0.35 }, DEFAULT_RISK);

const prices = array([
  [100, 50, 20, 10],
  [101, 49, 21, 10.2],
  [103, 50, 20.5, 10.1],
  [102, 52, 21.5, 10.4],
  [105, 53, 22, 10.3],
]);
const returns = dailyReturns(prices);
const vols = volatilities(returns);

const portfolio = new Portfolio(["equity", "bonds", "gold", "cash"], [0.5, 0.3, 0.15, 0.05]);
portfolio.normalise();

const dashboard = new Dashboard()
  .register("expected", () => percent(portfolio.expectedReturn(returns)))
  .register("risk", () => percent(portfolio.riskOf(vols)))
  .register("horizon", () => percent(portfolio.riskOf(vols) * Math.sqrt(cfg.horizonDays)));

for (const line of dashboard.render()) console.log(line);

console.log(portfolio.capReport(cfg.cap));
console.log("holdings after report:", portfolio.holdings.tolist());

const ownWeights = array([0.6, 0.2, 0.1, 0.1]);
const basis = pickBasis(cfg.useBenchmark, ownWeights, BENCHMARK);
basis.idiv(basis.sum() * 2); // expect: no-alias-mutation
console.log("half-size basis:", basis.tolist());
console.log("own weights:", ownWeights.tolist(), "benchmark:", BENCHMARK.tolist());

const rebalanced = ownWeights.copy();
rebalanced.isub(rebalanced.mean());
rebalanced.imul(0.5);
rebalanced.iadd(0.25);
console.log("rebalanced towards equal weight:", rebalanced.tolist());

for (const line of dashboard.render()) console.log(line);
console.log("asset volatilities:", (vols.tolist() as number[]).map(percent).join(" "));
