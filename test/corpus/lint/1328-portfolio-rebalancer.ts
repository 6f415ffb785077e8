// Portfolio accounts that drift with returns, rebalance toward a target allocation gradually and keep a copy of their opening weights.
import { array, full, NDArray } from "ndalias";

class Account {
  static openAccounts = 0;

  protected weights: NDArray;
  protected readonly opening: NDArray;
  protected cash: number;

  constructor(initial: NDArray, cash: number) {
    this.weights = initial.copy();
    this.opening = initial.copy();
    this.cash = cash;
    Account.openAccounts++;
  }

  get allocation(): NDArray {
    return this.weights;
  }

  drift(returns: NDArray): number {
    const grown = this.weights.mul(returns.add(1));
    const total = grown.sum();
    grown.idiv(total);
    const moved = grown.sub(this.weights);
    this.weights = grown;
    return moved.max();
  }

  distanceFromOpening(): number {
    const d = this.weights.sub(this.opening);
    return Math.sqrt(d.mul(d).sum());
  }
}

class RebalancingAccount extends Account {
  private readonly speed: number;
  private turnoverLog: number[] = [];
  private spreadLog: number[] = [];

  constructor(initial: NDArray, cash: number, speed: number) {
    super(initial, cash);
    this.speed = speed;
  }

  rebalance(target: NDArray): number {
    const delta = target.sub(this.weights);
    delta.imul(this.speed);
    const current = this.weights;
    const drifted = current.max() - current.min();
    this.weights.iadd(delta);
    const turnover = delta.mul(delta).sum();
    this.turnoverLog.push(turnover);
    this.spreadLog.push(drifted);
    return turnover;
  }

  capped(limit: number): NDArray {
    let view: NDArray = this.weights;
    if (view.max() <= limit) return view.copy();
    view = view.copy();
    for (let i = 0; i < view.size; i++) {
      if (view.get(i) > limit) view.set(i, limit);
    }
    view.idiv(view.sum());
    return view;
  }

  averageTurnover(): number {
    if (this.turnoverLog.length === 0) return 0;
    return this.turnoverLog.reduce((a, b) => a + b, 0) / this.turnoverLog.length;
  }

  get widestSpread(): number {
    return this.spreadLog.length === 0 ? 0 : Math.max(...this.spreadLog);
  }

  exposureReport(sectors: string[]): string[] {
    const benchmark = full(this.weights.size, 100 / this.weights.size);
    const active = this.weights.mul(100);
    active.isub(benchmark);
    return sectors.map((s, i) => `${s}: ${active.get(i).toFixed(1)} pts vs benchmark`);
  }
}

const target = array([0.4, 0.3, 0.2, 0.1]);
const start = array([0.25, 0.25, 0.25, 0.25]);
const account = new RebalancingAccount(start, 1000, 0.5);
const sectors = ["tech", "energy", "health", "utilities"];

const monthlyReturns = [
  array([0.05, -0.02, 0.01, 0.0]),
  array([0.03, 0.04, -0.01, 0.01]),
  array([-0.02, 0.01, 0.02, 0.0]),
];
for (const r of monthlyReturns) {
  const moved = account.drift(r);
  const turnover = account.rebalance(target);
  console.log(`drift ${moved.toFixed(4)}, turnover ${turnover.toFixed(5)}`);
}

const alloc = account.allocation;
console.log("allocation:", alloc.tolist(), "sum:", alloc.sum());
console.log("capped at 0.35:", account.capped(0.35).tolist());
console.log(account.exposureReport(sectors).join(", "));
console.log("distance from opening:", account.distanceFromOpening().toFixed(4), "avg turnover:", account.averageTurnover());
console.log("widest spread before a rebalance:", account.widestSpread);
console.log("start vector untouched:", start.tolist(), "accounts:", Account.openAccounts);
