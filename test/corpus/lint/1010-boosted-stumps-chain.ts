// Gradient-boosted regression stumps on a 1-D signal, with stages linked for staged prediction and a per-stage contribution report.
import { array, zeros, linspace, NDArray } from "ndalias";

class Stump {
  threshold = 0;
  leafValues: NDArray = zeros(2);
  prev: Stump | null = null;
  next: Stump | null = null;

  fit(x: NDArray, residual: NDArray): number {
    let bestSse = Infinity;
    for (let k = 1; k < x.size; k++) {
      const t = 0.5 * (x.get(k - 1) + x.get(k));
      let sumL = 0, nL = 0, sumR = 0, nR = 0;
      for (let i = 0; i < x.size; i++) {
        if (x.get(i) <= t) { sumL += residual.get(i); nL++; } else { sumR += residual.get(i); nR++; }
      }
      const mL = nL ? sumL / nL : 0;
      const mR = nR ? sumR / nR : 0;
      let sse = 0;
      for (let i = 0; i < x.size; i++) {
        const r = residual.get(i) - (x.get(i) <= t ? mL : mR);
        sse += r * r;
      }
      if (sse < bestSse) {
        bestSse = sse;
        this.threshold = t;
        this.leafValues.set(0, mL);
        this.leafValues.set(1, mR);
      }
    }
    return bestSse;
  }

  predict(x: NDArray): NDArray {
    const out = zeros(x.size);
    for (let i = 0; i < x.size; i++) {
      out.set(i, x.get(i) <= this.threshold ? this.leafValues.get(0) : this.leafValues.get(1));
    }
    return out;
  }
}

class Booster {
  base = 0;
  first: Stump | null = null;
  stages: Stump[] = [];
  stageWeights: NDArray;

  constructor(readonly learningRate: number, readonly maxStages: number) {
    this.stageWeights = zeros(maxStages);
  }

  fit(x: NDArray, y: NDArray): void {
    this.base = y.mean();
    let residual = y.sub(this.base);
    let last: Stump | null = null;
    for (let s = 0; s < this.maxStages; s++) {
      const stump = new Stump();
      stump.fit(x, residual);
      this.stageWeights.set(s, 1);
      residual = residual.sub(stump.predict(x).mul(this.learningRate));
      if (last) {
        last.next = stump;
        stump.prev = last; // expect: no-reference-cycle
      } else {
        this.first = stump;
      }
      this.stages.push(stump);
      last = stump;
    }
  }

  stagedPredict(x: NDArray, upTo: number): NDArray {
    let pred = zeros(x.size).add(this.base);
    let k = 0;
    for (let s = this.first; s && k < upTo; s = s.next, k++) {
      pred = pred.add(s.predict(x).mul(this.learningRate * this.stageWeights.get(k)));
    }
    return pred;
  }

  // effective weight of every stage after shrinkage, for the report
  stageContributions(): NDArray {
    const contrib = this.stageWeights;
    contrib.imul(this.learningRate); // expect: no-alias-mutation
    return contrib;
  }
}

function mse(a: NDArray, b: NDArray): number {
  const d = a.sub(b);
  return d.mul(d).mean();
}

const x = linspace(0, 1, 12);
const y = array([0.1, 0.2, 0.15, 0.3, 0.9, 1.1, 1.0, 1.2, 0.6, 0.5, 0.55, 0.4]);
const model = new Booster(0.5, 6);
model.fit(x, y);

for (const k of [1, 3, 6]) {
  console.log(`MSE after ${k} stages:`, mse(model.stagedPredict(x, k), y).toFixed(4));
}
console.log("stage contributions:", model.stageContributions().tolist());
console.log("final MSE:", mse(model.stagedPredict(x, model.stages.length), y).toFixed(4));

// walk the chain backwards from the last stage to print the split points
const thresholds: number[] = [];
for (let s: Stump | null = model.stages[model.stages.length - 1] ?? null; s; s = s.prev) {
  thresholds.push(Number(s.threshold.toFixed(3)));
}
console.log("split points, last stage first:", thresholds);
