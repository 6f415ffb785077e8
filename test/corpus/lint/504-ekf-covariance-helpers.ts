// Covariance helpers of an extended Kalman filter: innovation covariance, fading-memory inflation and a consistency metric.
import { array, eye, NDArray } from "ndalias";

export function innovationCovariance(P: NDArray, R: NDArray): NDArray {
  const Ppos = P.slice("0:2", "0:2");
  Ppos.iadd(R); // expect: no-view-mutation
  return Ppos.copy();
}

export function innovationCovarianceSafe(P: NDArray, R: NDArray): NDArray {
  return P.slice("0:2", "0:2").add(R);
}

export function inflateInPlace(P: NDArray, factor: number): void {
  P.imul(factor);
  P.slice("2:", "2:").imul(factor);
}

export function symmetrized(P: NDArray): NDArray {
  const sym = P.add(P.T);
  sym.imul(0.5);
  return sym;
}

export class FadingMemoryFilter {
  x: NDArray;
  P: NDArray;
  private readonly lambda: number;

  constructor(dim: number, lambda: number) {
    this.x = array(new Array<number>(dim).fill(0));
    this.P = eye(dim);
    this.lambda = lambda;
  }

  predictedUncertainty(): number {
    const cov = this.P;
    cov.imul(1 / this.lambda); // expect: no-alias-mutation
    return Math.sqrt(cov.get(0, 0) + cov.get(1, 1));
  }

  age(): void {
    this.P.imul(1 / this.lambda);
  }

  nees(truth: NDArray): number {
    const err = this.x.sub(truth);
    let total = 0;
    for (let i = 0; i < err.size; i++) total += (err.get(i) * err.get(i)) / this.P.get(i, i);
    return total;
  }
}

const filter = new FadingMemoryFilter(4, 0.97);
filter.age();
inflateInPlace(filter.P, 1.01);
const S = innovationCovarianceSafe(filter.P, eye(2).mul(0.5));
console.log("S:", S.tolist(), "sym trace:", symmetrized(filter.P).diagonal().sum());
console.log("uncertainty:", filter.predictedUncertainty().toFixed(3), "nees:", filter.nees(array([0.1, 0, 0, 0])));
