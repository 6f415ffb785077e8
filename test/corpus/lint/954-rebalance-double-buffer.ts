// Iteratively rebalances portfolio weights toward a risk-parity target with double-buffered steps and prints turnover per iteration.
import { array, zeros, NDArray } from "ndalias";

interface RebalanceConfig {
  readonly maxIterations?: number;
  readonly tolerance?: number;
  readonly stepSize?: number;
}

type Resolved<T> = { readonly [K in keyof T]-?: Exclude<T[K], undefined> };
type IterationLog = readonly [iteration: number, turnover: number, drift: number];

const DEFAULTS: Resolved<RebalanceConfig> = { maxIterations: 25, tolerance: 1e-4, stepSize: 0.5 };

abstract class Rebalancer {
  protected readonly cfg: Resolved<RebalanceConfig>;

  constructor(config: RebalanceConfig = {}) {
    this.cfg = { ...DEFAULTS, ...config };
  }

  /** Writes the next weights into `into`; `current` is only read. */
  abstract step(current: NDArray, into: NDArray): void;

  abstract get name(): string;

  run(initial: NDArray): { weights: NDArray; log: IterationLog[] } {
    let current = initial.copy();
    let next = zeros(initial.size);
    const log: IterationLog[] = [];
    for (let it = 1; it <= this.cfg.maxIterations; it++) {
      this.step(current, next);
      let drift: NDArray = next;
      drift = drift.sub(current);
      let turnover = 0;
      for (let i = 0; i < drift.size; i++) turnover += Math.abs(drift.get(i));
      log.push([it, turnover, Math.sqrt(drift.mul(drift).sum())]);
      [current, next] = [next, current];
      if (turnover < this.cfg.tolerance) break;
    }
    return { weights: current, log };
  }
}

class RiskParityRebalancer extends Rebalancer {
  constructor(
    private readonly vols: NDArray,
    config?: RebalanceConfig,
  ) {
    super(config);
  }

  get name(): string {
    return `risk-parity(step=${this.cfg.stepSize})`;
  }

  step(current: NDArray, into: NDArray): void {
    const inverseVol = this.vols.copy();
    inverseVol.data.forEach((v, i) => {
      inverseVol.data[i] = 1 / Number(v);
    });
    const target = inverseVol.div(inverseVol.sum());
    into.assign(":", current);
    into.imul(1 - this.cfg.stepSize);
    into.iadd(target.mul(this.cfg.stepSize));
  }
}

const vols = array([0.2, 0.08, 0.12, 0.3]);
const strategic = array([0.4, 0.3, 0.2, 0.1]);

const rebalancer: Rebalancer = new RiskParityRebalancer(vols, { stepSize: 0.4 });
const { weights: finalWeights, log } = rebalancer.run(strategic);
for (const [iteration, turnover, drift] of log.slice(0, 5)) {
  console.log(`${rebalancer.name} it=${iteration} turnover=${turnover.toFixed(4)} drift=${drift.toFixed(4)}`);
}
console.log(`converged after ${log.length} iterations`);

// The working set starts as the strategic weights but is rebound before any write.
let working: NDArray = strategic;
working = working.mul(0.98);
working.iadd(0.005);
console.log("working weights:", working.tolist(), "strategic:", strategic.tolist());

// Cash buffer comes from a separate allocation that never shares memory with the book.
let cashBuffer: NDArray = finalWeights;
cashBuffer = zeros(finalWeights.size);
cashBuffer.set(1, 0.02);
const investable = finalWeights.sub(cashBuffer);
console.log("final weights:", finalWeights.tolist());
console.log("investable after cash buffer:", investable.tolist(), "sum:", investable.sum().toFixed(4));
