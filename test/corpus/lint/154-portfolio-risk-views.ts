// Portfolio risk model over a [day, asset] returns matrix: capping extreme days goes through a ravel handle, the per-asset transpose is demeaned in place, and copies are used where edits are private.
import { array, NDArray } from "ndalias";

class RiskModel {
  private returns: NDArray; // [day, asset]
  private weights: NDArray;

  constructor(returns: number[][], weights: number[]) {
    this.returns = array(returns);
    this.weights = array(weights);
  }

  capExtremes(limit: number): number {
    const flat = this.returns.ravel();
    let capped = 0;
    for (let k = 0; k < flat.size; k++) {
      if (Math.abs(flat.get(k)) > limit) {
        flat.set(k, Math.sign(flat.get(k)) * limit); // expect: no-view-mutation
        capped++;
      }
    }
    return capped;
  }

  demeanAssets(): NDArray {
    const byAsset = this.returns.T;
    const means = array(Array.from({ length: byAsset.shape[0] }, (_, a) => byAsset.slice(a).mean()));
    for (let a = 0; a < byAsset.shape[0]; a++) {
      byAsset.slice(a).isub(means.get(a)); // expect: no-view-mutation
    }
    return means;
  }

  portfolioReturns(): NDArray {
    const out = array(new Array<number>(this.returns.shape[0]).fill(0));
    for (let d = 0; d < this.returns.shape[0]; d++) {
      out.set(d, this.returns.slice(d).mul(this.weights).sum());
    }
    return out;
  }

  stressed(shock: number): NDArray {
    const scenario = this.returns.copy();
    scenario.slice(-1).iadd(shock);
    return scenario;
  }

  volatility(): number {
    const r = this.portfolioReturns();
    const centred = r.sub(r.mean());
    return Math.sqrt(centred.mul(centred).mean());
  }
}

const model = new RiskModel(
  [
    [0.01, -0.02, 0.005],
    [0.12, 0.01, -0.01],
    [-0.03, 0.02, 0.0],
    [0.0, -0.15, 0.02],
  ],
  [0.5, 0.3, 0.2],
);
console.log("capped:", model.capExtremes(0.05));
console.log("means:", model.demeanAssets().tolist());
console.log("stressed last day:", model.stressed(-0.1).slice(-1).tolist(), "vol:", model.volatility().toFixed(4));
